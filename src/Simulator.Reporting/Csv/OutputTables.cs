namespace Simulator.Reporting.Csv;

/// <summary>The column tables of <c>docs/outputs.md</c>, generated from the writers' declared columns (see <see cref="Model.Scenarios.MarkdownTables"/>).</summary>
public static class OutputTables
{
    /// <summary>Every generated table, by the name its markers use.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["metrics.csv"] = CsvTable.Markdown(MetricsCsvWriter.Columns),
        ["touchpoints.csv"] = CsvTable.Markdown(TouchpointsCsvWriter.Columns),
        ["cohorts.csv"] = CsvTable.Markdown(CohortsCsvWriter.Columns),
        ["responses.csv"] = CsvTable.Markdown(ResponsesCsvWriter.Columns),
        ["indices.csv"] = CsvTable.Markdown(Sensitivity.SensitivityIndicesCsv.Columns),
        ["robust.csv"] = CsvTable.Markdown(Uncertainty.RobustCsv.Columns),
        ["influence.csv"] = CsvTable.Markdown(Uncertainty.RobustCsv.InfluenceColumns),
        ["worth.csv"] = CsvTable.Markdown(Comparison.WorthCsvWriter.Columns),
        ["break-even.csv"] = CsvTable.Markdown(Comparison.BreakEvenWriter.Columns),
        ["evaluations.csv"] = CsvTable.Markdown(Optimisation.OptimisationEvaluationsCsv.Columns(["<lever path>"])),
    };
}
