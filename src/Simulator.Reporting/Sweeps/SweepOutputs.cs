using Simulator.Experiments.Sweeps;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// Writes the outputs of a finished sweep into its directory, each file whole (temporary file, then
/// renamed): runs.csv sorted by point and replicate, points.csv, the charts as PNG and SVG, and
/// report.html. Everything is computed from the runs as runs.csv holds them, so a sweep that was
/// stopped and resumed writes the same files as one that ran straight through.
/// </summary>
public static class SweepOutputs
{
    /// <summary>Writes the outputs; returns the points' summaries and the charts written.</summary>
    /// <param name="directory">The sweep directory.</param>
    /// <param name="manifest">What the sweep is.</param>
    /// <param name="scenarioDescription">The scenario's description, for the report.</param>
    /// <param name="design">The design.</param>
    /// <param name="runs">Every finished run.</param>
    /// <param name="finishedAt">When the last run finished.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    public static (IReadOnlyList<SweepPointSummary> Points, IReadOnlyList<SweepChart> Charts) Write(
        string directory,
        SweepManifest manifest,
        string scenarioDescription,
        SweepDesign design,
        IReadOnlyList<SweepRun> runs,
        DateTimeOffset finishedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        WholeFile.WriteText(Path.Combine(directory, SweepRunsCsv.FileName), SweepRunsCsv.Text(design, runs));
        var points = SweepPointSummary.Of(design, runs);
        WholeFile.WriteText(Path.Combine(directory, SweepPointsCsv.FileName), SweepPointsCsv.Text(design, points));

        var outcome = SweepFigures.ByOutcome(manifest.Outcome);
        var subtitle = FormattableString.Invariant(
            $"{manifest.Scenario}, focal brand; mean of {manifest.Replicates} replicate(s) per point; {manifest.Customers:N0} customers, {manifest.Weeks} weeks, seed {manifest.Seed}");
        var charts = SweepCharts.Build(design, points, outcome, subtitle);
        var images = new List<SweepChartImage>(charts.Count);
        foreach (var chart in charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            images.Add(SweepChartImage.Write(directory, chart));
        }

        cancellationToken.ThrowIfCancellationRequested();
        WholeFile.WriteText(
            Path.Combine(directory, SweepReportWriter.FileName),
            SweepReportWriter.Render(manifest, scenarioDescription, design, points, outcome, images, finishedAt));
        return (points, charts);
    }
}
