using Simulator.Experiments.Calibration;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Calibration;

/// <summary>Writes <c>retention.csv</c>: per period of the observed table, the observed and simulated per cents and whether the period was fitted.</summary>
public static class RetentionCsvWriter
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "retention.csv";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["period", "observed", "simulated", "used_in_fit"];

    /// <summary>Writes the table of <paramref name="result"/> (simulated at the fitted values; empty when nothing was evaluated).</summary>
    public static void Write(CalibrationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        var best = result.Best;
        foreach (var point in result.Observed.Points)
        {
            CsvFormat.WriteRecord(writer,
            [
                CsvFormat.Number(point.Period),
                CsvFormat.Number(point.PercentSurviving),
                CsvFormat.Number(best is null ? double.NaN : best.Curve.PercentAt(point.Period)),
                result.Settings.FitPeriods.Contains(point.Period) ? "true" : "false",
            ]);
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(CalibrationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The file as text.</summary>
    public static string ToText(CalibrationResult result) => CsvFormat.ToText(w => Write(result, w));
}
