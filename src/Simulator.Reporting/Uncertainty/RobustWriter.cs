using Simulator.Experiments.Comparison;
using Simulator.Experiments.Uncertainty;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Uncertainty;

/// <summary>
/// Writes a robust comparison into <c>&lt;results root&gt;/robust/&lt;run id&gt;/</c>: robust.csv,
/// influence.csv, sets.csv, two charts per scenario and figure (PNG and SVG) and report.html, all into a
/// hidden temporary sibling renamed into place when complete (nothing half-written, nothing overwritten).
/// </summary>
public static class RobustWriter
{
    /// <summary>The folder under the results root that holds robust comparisons.</summary>
    public const string DirectoryName = "robust";

    /// <summary>The rows of a result: every scenario's figures that are defined in at least one set.</summary>
    public static IReadOnlyList<RobustRow> Rows(RobustComparisonInfo info, RobustResult result)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Figures.Where(f => f.Beats.Trials > 0).Select(f => new RobustRow(info.Scenarios[0], info.Scenarios[f.Scenario], f))];
    }

    /// <summary>Writes everything; returns the directory and the rows.</summary>
    public static (string Directory, IReadOnlyList<RobustRow> Rows) Write(
        string resultsRoot,
        RobustComparisonInfo info,
        RobustDesign design,
        RobustResult result,
        IReadOnlyList<RobustObservation> observations,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resultsRoot);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(design);
        var rows = Rows(info, result);
        var subtitle = FormattableString.Invariant(
            $"{design.Parameters.Count} parameters, {result.CompleteSets.Count} sets x {info.Replicates} replicate(s), {info.Customers:N0} customers x {info.Weeks} weeks, seed {info.Seed}");
        var directory = StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(resultsRoot, DirectoryName),
            info.RunId,
            () => RunDirectory.Choose(resultsRoot, DirectoryName, info.RunId),
            temp =>
            {
                File.WriteAllText(Path.Combine(temp, RobustCsv.FileName), RobustCsv.Text(rows));
                File.WriteAllText(Path.Combine(temp, RobustCsv.InfluenceFileName), RobustCsv.InfluenceText(rows));
                File.WriteAllText(Path.Combine(temp, RobustCsv.SetsFileName), RobustCsv.SetsText(design, info.Scenarios, result, observations, HeadlineFigures.All));
                var charts = rows.SelectMany(r => RobustCharts.Build(r, subtitle)).ToArray();
                foreach (var chart in charts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    SweepChartImage.Write(temp, chart);
                }

                File.WriteAllText(Path.Combine(temp, RobustReportWriter.FileName), RobustReportWriter.Render(info, design.Parameters.Count, design.Sets.Count, rows, charts, result.CompleteSets.Count));
            },
            (_, _) => { },
            "robust comparison",
            cancellationToken);
        return (directory, rows);
    }
}
