using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes <c>comparison.csv</c>: one tidy row per figure and scenario (figure by figure, scenarios in
/// order) with the mean and 95% interval over replicates, and, for each scenario after the first, the
/// paired difference from the first with its interval and whether that interval excludes zero. Empty
/// fields are undefined: the first scenario's difference, and intervals with fewer than two replicates.
/// </summary>
public static class ComparisonCsvWriter
{
    /// <summary>The file name inside a comparison directory.</summary>
    public const string FileName = "comparison.csv";

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<FigureComparison>> Columns { get; } =
    [
        CsvColumn<FigureComparison>.Key("scenario", "The scenario's label.", r => r.Scenario),
        CsvColumn<FigureComparison>.Key("figure", "The headline figure (its key).", r => r.Figure.Key),
        CsvColumn<FigureComparison>.Measure("mean", "the figure's unit", "Mean of the figure over the replicates.", r => r.Estimate.Mean),
        CsvColumn<FigureComparison>.Measure("ci_low", "the figure's unit", "Lower end of its 95% t interval; empty with one replicate.", r => r.Estimate.Lower),
        CsvColumn<FigureComparison>.Measure("ci_high", "the figure's unit", "Upper end of its 95% t interval; empty with one replicate.", r => r.Estimate.Upper),
        CsvColumn<FigureComparison>.Measure("difference_mean", "the figure's unit", "Mean paired difference from the first scenario (same seeds); empty for the first.", r => r.Difference?.Mean ?? double.NaN),
        CsvColumn<FigureComparison>.Measure("difference_ci_low", "the figure's unit", "Lower end of the difference's 95% interval.", r => r.Difference?.Lower ?? double.NaN),
        CsvColumn<FigureComparison>.Measure("difference_ci_high", "the figure's unit", "Upper end of the difference's 95% interval.", r => r.Difference?.Upper ?? double.NaN),
        CsvColumn<FigureComparison>.Key("excludes_zero", "Whether the difference's interval excludes zero: true, false, or empty when undefined.",
            r => r.ExcludesZero switch { true => "true", false => "false", null => string.Empty }),
    ];

    /// <summary>Writes the header and every row of <paramref name="table"/>.</summary>
    public static void Write(ComparisonTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        CsvTable.Write(writer, Columns, table.Rows);
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(ComparisonTable table, string path) => CsvFormat.WriteFile(path, w => Write(table, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(ComparisonTable table) => CsvFormat.ToText(w => Write(table, w));
}
