using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes <c>weekly.csv</c>: one row per scenario, replicate and week with the focal brand's customers,
/// NPS, mean trust and mean anger (the last three empty when the brand has no customers).
/// </summary>
public static class WeeklyCsvWriter
{
    /// <summary>The file name inside a comparison directory.</summary>
    public const string FileName = "weekly.csv";

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<(string Scenario, FocalWeek Week)>> Columns { get; } =
    [
        CsvColumn<(string Scenario, FocalWeek Week)>.Key("scenario", "The scenario's label.", r => r.Scenario),
        CsvColumn<(string Scenario, FocalWeek Week)>.Key("replicate", "index", "Replicate index.", r => r.Week.Replicate),
        CsvColumn<(string Scenario, FocalWeek Week)>.Key("week", "week", "Week (0-based).", r => r.Week.Week),
        CsvColumn<(string Scenario, FocalWeek Week)>.Count("customers", WeeklyMeasure.Customers.Unit, "The focal brand's current customers.", r => r.Week.Customers),
        CsvColumn<(string Scenario, FocalWeek Week)>.Measure("nps", WeeklyMeasure.Nps.Unit, "The focal brand's NPS; empty when it has no customers.", r => r.Week.Nps),
        CsvColumn<(string Scenario, FocalWeek Week)>.Measure("mean_trust", WeeklyMeasure.MeanTrust.Unit, "Mean trust of its current customers; empty when it has none.", r => r.Week.MeanTrust),
        CsvColumn<(string Scenario, FocalWeek Week)>.Measure("mean_anger", WeeklyMeasure.MeanAnger.Unit, "Mean anger of its current customers; empty when it has none.", r => r.Week.MeanAnger),
        CsvColumn<(string Scenario, FocalWeek Week)>.Measure("cumulative_profit", WeeklyMeasure.CumulativeProfit.Unit, "The focal brand's profit from week 0 to this week (revenue minus every cost).", r => r.Week.CumulativeProfit),
    ];

    /// <summary>Writes the header and the rows of every scenario of <paramref name="run"/>, in order.</summary>
    public static void Write(ComparisonRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        CsvTable.Write(writer, Columns, run.Labels.SelectMany((label, s) => run.Weekly[s].Select(w => (label, w))));
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(ComparisonRun run, string path) => CsvFormat.WriteFile(path, w => Write(run, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(ComparisonRun run) => CsvFormat.ToText(w => Write(run, w));
}
