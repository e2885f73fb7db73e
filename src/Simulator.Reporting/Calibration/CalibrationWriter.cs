using Simulator.Experiments.Calibration;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Calibration;

/// <summary>
/// Writes every output of a calibration into its own directory,
/// <c>&lt;results root&gt;/calibration/&lt;scenario&gt;/&lt;run id&gt;/</c>: <c>fit.json</c>, <c>retention.csv</c>,
/// the chart (PNG and SVG), <c>report.html</c> and <c>calibrated.json</c>. As for runs
/// (<see cref="RunWriter"/>), the files are written into a hidden sibling directory renamed into place once
/// complete, and a taken run id gets <c>-2</c>, <c>-3</c>...: a calibration never overwrites another.
/// </summary>
public static class CalibrationWriter
{
    /// <summary>The folder under the results root that holds calibrations.</summary>
    public const string DirectoryName = "calibration";

    /// <summary>The files a calibration directory holds (<c>calibrated.json</c> only when the scenario came from a file).</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        RetentionCsvWriter.FileName,
        CalibrationChart.PngFile,
        CalibrationChart.SvgFile,
        CalibratedScenarioWriter.FileName,
        FitJsonWriter.FileName,
        CalibrationReportWriter.FileName,
    ];

    /// <summary>Writes every output of <paramref name="result"/> and returns the final directory.</summary>
    /// <param name="result">The fit.</param>
    /// <param name="info">Its id, engine and times.</param>
    /// <param name="command">The command line that ran it, recorded in <c>fit.json</c> and the report.</param>
    /// <param name="resultsRoot">The results root, e.g. <c>results</c>; created when missing.</param>
    public static string Write(CalibrationResult result, RunInfo info, string command, string resultsRoot)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(resultsRoot);
        var root = Path.Combine(resultsRoot, DirectoryName);
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(root, result.Scenario.Name),
            info.RunId,
            () => RunDirectory.Choose(root, result.Scenario.Name, info.RunId),
            temp =>
            {
                RetentionCsvWriter.WriteFile(result, Path.Combine(temp, RetentionCsvWriter.FileName));
                CalibrationChart.WriteFiles(result, temp);

                // The temporary directory is a sibling of the final one, so the relative path to the scenario is the same.
                var calibrated = CalibratedScenarioWriter.ToText(result, temp);
                if (calibrated is not null)
                {
                    File.WriteAllText(Path.Combine(temp, CalibratedScenarioWriter.FileName), calibrated, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
            },
            (temp, runId) =>
            {
                var finalInfo = info with { RunId = runId };
                FitJsonWriter.WriteFile(result, finalInfo, command, Path.Combine(temp, FitJsonWriter.FileName));
                CalibrationReportWriter.WriteFile(result, finalInfo, command, Path.Combine(temp, CalibrationReportWriter.FileName));
            },
            "calibration");
    }
}
