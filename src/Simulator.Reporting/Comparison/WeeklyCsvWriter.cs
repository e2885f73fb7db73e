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

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["scenario", "replicate", "week", "customers", "nps", "mean_trust", "mean_anger"];

    /// <summary>Writes the header and the rows of every scenario of <paramref name="run"/>, in order.</summary>
    public static void Write(ComparisonRun run, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        for (var s = 0; s < run.Labels.Count; s++)
        {
            var scenario = CsvFormat.Text(run.Labels[s]);
            foreach (var w in run.Weekly[s])
            {
                CsvFormat.WriteRecord(writer,
                [
                    scenario, CsvFormat.Number(w.Replicate), CsvFormat.Number(w.Week), CsvFormat.Number(w.Customers),
                    CsvFormat.Number(w.Nps), CsvFormat.Number(w.MeanTrust), CsvFormat.Number(w.MeanAnger),
                ]);
            }
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(ComparisonRun run, string path) => CsvFormat.WriteFile(path, w => Write(run, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(ComparisonRun run) => CsvFormat.ToText(w => Write(run, w));
}
