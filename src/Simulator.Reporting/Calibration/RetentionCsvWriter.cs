using Simulator.Experiments.Calibration;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Calibration;

/// <summary>Writes <c>retention.csv</c>: per period of the observed table, the observed and simulated per cents and whether the period was fitted.</summary>
public static class RetentionCsvWriter
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "retention.csv";

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<(RetentionPoint Point, CalibrationResult Result)>> Columns { get; } =
    [
        CsvColumn<(RetentionPoint Point, CalibrationResult Result)>.Key("period", "period", "The period of the observed table (0 = acquisition).", r => r.Point.Period),
        CsvColumn<(RetentionPoint Point, CalibrationResult Result)>.Measure("observed", "% of the cohort", "Observed share of the cohort still customers.", r => r.Point.PercentSurviving),
        CsvColumn<(RetentionPoint Point, CalibrationResult Result)>.Measure("simulated", "% of the cohort", "Simulated share at the fitted values; empty when nothing was evaluated.",
            r => r.Result.Best is { } best ? best.Curve.PercentAt(r.Point.Period) : double.NaN),
        CsvColumn<(RetentionPoint Point, CalibrationResult Result)>.Measure("benchmark_sbg", "% of the cohort", "The shifted-beta-geometric benchmark (Fader & Hardie 2007) fitted to the same periods.",
            r => r.Result.BenchmarkCurve.PercentAt(r.Point.Period)),
        CsvColumn<(RetentionPoint Point, CalibrationResult Result)>.Key("used_in_fit", "Whether the period was fitted (true) or held out (false).",
            r => r.Result.Settings.FitPeriods.Contains(r.Point.Period) ? "true" : "false"),
    ];

    /// <summary>Writes the table of <paramref name="result"/> (simulated at the fitted values; empty when nothing was evaluated).</summary>
    public static void Write(CalibrationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvTable.Write(writer, Columns, result.Observed.Points.Select(p => (p, result)));
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(CalibrationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The file as text.</summary>
    public static string ToText(CalibrationResult result) => CsvFormat.ToText(w => Write(result, w));
}
