using Simulator.Model.Engine;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Html;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Runs;

/// <summary>
/// Writes every output of a run into its own directory, <c>&lt;results root&gt;/&lt;scenario&gt;/&lt;run id&gt;/</c>.
/// Files are written into a hidden temporary sibling directory first, which is renamed into place
/// only when every file is complete; on failure or cancellation the temporary directory is deleted,
/// so nothing half-written is ever visible, and a run never overwrites another (a taken run id gets
/// <c>-2</c>, <c>-3</c>... and the run's id in <c>summary.json</c> and <c>report.html</c> is the final name).
/// </summary>
public static class RunWriter
{
    /// <summary>The prefix of temporary directories (hidden on Unix).</summary>
    public const string TempPrefix = StagedDirectory.TempPrefix;

    /// <summary>The files every run directory holds, in the order they are written.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        MetricsCsvWriter.FileName,
        MetricsSummaryCsvWriter.FileName,
        TouchpointsCsvWriter.FileName,
        CohortsCsvWriter.FileName,
        ResponsesCsvWriter.FileName,
        .. ChartRenderer.Charts.SelectMany(c => new[] { c.PngFile, c.SvgFile }),
        SummaryJsonWriter.FileName,
        HtmlReportWriter.FileName,
    ];

    /// <summary>Writes every output of <paramref name="result"/> and returns the final run directory.</summary>
    /// <param name="result">The result to write.</param>
    /// <param name="info">The run's id, engine, times and version.</param>
    /// <param name="resultsRoot">The results root, e.g. <c>results</c>; created when missing.</param>
    /// <param name="cancellationToken">Stops writing; nothing is left behind.</param>
    public static Task<string> WriteAsync(SimulationResult result, RunInfo info, string resultsRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(resultsRoot);
        return Task.Run(() => Write(result, info, resultsRoot, cancellationToken), cancellationToken);
    }

    /// <summary>Writes every output of <paramref name="result"/> synchronously and returns the final run directory.</summary>
    public static string Write(SimulationResult result, RunInfo info, string resultsRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(resultsRoot);
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(resultsRoot, result.Scenario.Name),
            info.RunId,
            () => RunDirectory.Choose(resultsRoot, result.Scenario.Name, info.RunId),
            temp =>
            {
                MetricsCsvWriter.WriteFile(result, Path.Combine(temp, MetricsCsvWriter.FileName));
                cancellationToken.ThrowIfCancellationRequested();
                MetricsSummaryCsvWriter.WriteFile(result, Path.Combine(temp, MetricsSummaryCsvWriter.FileName));
                cancellationToken.ThrowIfCancellationRequested();
                TouchpointsCsvWriter.WriteFile(result, Path.Combine(temp, TouchpointsCsvWriter.FileName));
                cancellationToken.ThrowIfCancellationRequested();
                CohortsCsvWriter.WriteFile(result, Path.Combine(temp, CohortsCsvWriter.FileName));
                ResponsesCsvWriter.WriteFile(result, Path.Combine(temp, ResponsesCsvWriter.FileName));
                cancellationToken.ThrowIfCancellationRequested();
                ChartRenderer.WriteAll(result, temp, cancellationToken);
            },
            (temp, runId) =>
            {
                var finalInfo = info with { RunId = runId };
                SummaryJsonWriter.WriteFile(result, finalInfo, Path.Combine(temp, SummaryJsonWriter.FileName));
                HtmlReportWriter.WriteFile(result, finalInfo, Path.Combine(temp, HtmlReportWriter.FileName));
            },
            "run",
            cancellationToken);
    }
}
