using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Sensitivity;

/// <summary>
/// Writes the outputs of a finished analysis into its directory, each file whole: runs.csv sorted,
/// indices.csv, each outcome's charts as PNG and SVG, and report.html. Everything is computed from
/// runs.csv, so an analysis stopped and resumed writes the same files as one that ran straight through; a
/// stopped analysis writes the indices of what finished, marked INCOMPLETE.
/// </summary>
public static class SensitivityOutputs
{
    /// <summary>Writes the outputs; returns each outcome's analysis and the charts written.</summary>
    public static (IReadOnlyList<OutcomeSensitivity> Results, IReadOnlyList<SweepChart> Charts) Write(
        string directory,
        SensitivityManifest manifest,
        string scenarioDescription,
        SensitivityDesign design,
        IReadOnlyList<SweepRun> runs,
        DateTimeOffset finishedAt,
        bool complete = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        WholeFile.WriteText(Path.Combine(directory, SweepRunsCsv.FileName), SweepRunsCsv.Text(design.Sweep, runs));
        var outcomes = manifest.Outcomes.Select(SweepFigures.ByOutcome).ToArray();
        var results = complete ? SensitivityAnalysis.Analyse(design, runs, outcomes) : SensitivityAnalysis.AnalyseFinished(design, runs, outcomes, manifest.Replicates);
        WholeFile.WriteText(Path.Combine(directory, SensitivityIndicesCsv.FileName), SensitivityIndicesCsv.Text(design, results));

        var subtitle = FormattableString.Invariant(
            $"{manifest.Scenario}: {design.Parameters.Count} parameters, {manifest.Replicates} replicate(s) a point, {manifest.Customers:N0} customers x {manifest.Weeks} weeks, seed {manifest.Seed}");
        var charts = results.SelectMany(r => SensitivityCharts.Build(design, r, subtitle)).ToArray();
        foreach (var chart in charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SweepChartImage.Write(directory, chart);
        }

        cancellationToken.ThrowIfCancellationRequested();
        WholeFile.WriteText(
            Path.Combine(directory, SensitivityReportWriter.FileName),
            SensitivityReportWriter.Render(manifest, scenarioDescription, design, results, charts, finishedAt, complete));
        return (results, charts);
    }
}
