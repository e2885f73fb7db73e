using System.Text.Json;
using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Json;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes every output of a comparison into its own directory,
/// <c>&lt;results root&gt;/compare/&lt;run id&gt;/</c>: <c>comparison.csv</c>, <c>weekly.csv</c>, one
/// sub-folder per scenario with its <c>metrics.csv</c> and <c>summary.json</c>, the charts (PNG and
/// SVG), the comparison's <c>summary.json</c> and <c>report.html</c>. As <see cref="RunWriter"/> does,
/// files go into a hidden temporary sibling that is renamed into place when complete, and a taken
/// run id gets <c>-2</c>, <c>-3</c>...: nothing half-written is visible and nothing is overwritten.
/// </summary>
public static class CompareWriter
{
    /// <summary>The folder under the results root that holds comparisons.</summary>
    public const string DirectoryName = "compare";

    /// <summary>The top-level files of a comparison of two or more scenarios, in the order they are written.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        ComparisonCsvWriter.FileName,
        WorthCsvWriter.FileName,
        WeeklyCsvWriter.FileName,
        .. ComparisonCharts.Names.SelectMany(n => new[] { n + ".png", n + ".svg" }),
        SummaryJsonWriter.FileName,
        ComparisonReportWriter.FileName,
    ];

    /// <summary>Writes every output of <paramref name="run"/> off the calling thread and returns the final directory.</summary>
    public static Task<string> WriteAsync(ComparisonRun run, ComparisonInfo info, string resultsRoot, CancellationToken cancellationToken = default) =>
        Task.Run(() => Write(run, info, resultsRoot, cancellationToken), cancellationToken);

    /// <summary>Writes every output of <paramref name="run"/> and returns the final directory.</summary>
    public static string Write(ComparisonRun run, ComparisonInfo info, string resultsRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(resultsRoot);
        var folders = Folders(run);
        IReadOnlyList<ComparisonChart> charts = [];
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(resultsRoot, DirectoryName),
            info.RunId,
            () => RunDirectory.Choose(resultsRoot, DirectoryName, info.RunId),
            temp =>
            {
                ComparisonCsvWriter.WriteFile(run.Table, Path.Combine(temp, ComparisonCsvWriter.FileName));
                File.WriteAllText(Path.Combine(temp, WorthCsvWriter.FileName), WorthCsvWriter.ToText(WorthAnalysis.Of(run)));
                WeeklyCsvWriter.WriteFile(run, Path.Combine(temp, WeeklyCsvWriter.FileName));
                for (var s = 0; s < run.Results.Count; s++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var folder = Directory.CreateDirectory(Path.Combine(temp, folders[s])).FullName;
                    MetricsCsvWriter.WriteFile(run.Results[s], Path.Combine(folder, MetricsCsvWriter.FileName));
                }

                charts = ComparisonCharts.Build(run);
                foreach (var chart in charts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    ComparisonCharts.Write(chart, temp);
                }
            },
            (temp, runId) =>
            {
                var finalInfo = info with { RunId = runId };
                for (var s = 0; s < run.Results.Count; s++)
                {
                    SummaryJsonWriter.WriteFile(run.Results[s], finalInfo.ToRunInfo(), Path.Combine(temp, folders[s], SummaryJsonWriter.FileName));
                }

                using (var stream = File.Create(Path.Combine(temp, SummaryJsonWriter.FileName)))
                {
                    JsonSerializer.Serialize(stream, BuildSummary(run, finalInfo, folders), SummaryJsonWriter.Options);
                    stream.WriteByte((byte)'\n');
                }

                ComparisonReportWriter.WriteFile(run, finalInfo, charts, folders, Path.Combine(temp, ComparisonReportWriter.FileName));
            },
            "comparison",
            cancellationToken);
    }

    /// <summary>
    /// Each scenario's sub-folder name: its label made safe as a path segment, with "-2", "-3"... when
    /// two labels give the same name or a name is one of the top-level files.
    /// </summary>
    public static IReadOnlyList<string> Folders(ComparisonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var taken = new HashSet<string>(Files, StringComparer.OrdinalIgnoreCase);
        var folders = new List<string>(run.Labels.Count);
        foreach (var label in run.Labels)
        {
            var safe = RunDirectory.SafeName(label);
            var name = safe;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = RunDirectory.Candidate(safe, n);
            }

            folders.Add(name);
        }

        return folders;
    }

    /// <summary>The content of the comparison's <c>summary.json</c>.</summary>
    public static ComparisonSummary BuildSummary(ComparisonRun run, ComparisonInfo info, IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(folders);
        var first = run.Results[0].Scenario;
        return new ComparisonSummary(
            info.RunId,
            info.Engine,
            info.Command,
            info.StartedAt,
            info.FinishedAt,
            info.Duration.TotalSeconds,
            run.Completed && info.NotRun.Count == 0,
            first.Customers,
            first.Weeks,
            first.BurnInWeeks,
            first.Seed,
            first.Replicates,
            info.EffectiveProductVersion,
            run.Results.Select((r, i) => new ComparedScenarioSummary(
                run.Labels[i],
                folders[i],
                r.Scenario.Name,
                r.Scenario.Description,
                r.Scenario.SourceFile,
                r.Completed,
                r.Replicates.Select(x => x.Ticks.Count).ToArray(),
                run.CompleteReplicates[i])).ToArray(),
            info.NotRun);
    }
}
