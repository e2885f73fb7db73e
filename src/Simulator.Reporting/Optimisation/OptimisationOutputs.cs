using Simulator.Experiments.Optimisation;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// Writes the outputs of an optimisation into its directory, each file whole: evaluations.csv, the scenario file(s)
/// of the policy found (optimised.json for one objective; front-NN.json per re-evaluated front point for two),
/// the charts as PNG and SVG, and report.html. A stopped optimisation writes what finished, marked INCOMPLETE,
/// and no scenario file.
/// </summary>
public static class OptimisationOutputs
{
    /// <summary>Writes the outputs; returns the charts and the scenario files written (names inside the directory).</summary>
    public static (IReadOnlyList<SweepChart> Charts, IReadOnlyList<string> ScenarioFiles) Write(
        string directory,
        OptimisationManifest manifest,
        Scenario scenario,
        OptimisationResult result,
        DateTimeOffset finishedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        WholeFile.WriteText(Path.Combine(directory, OptimisationEvaluationsCsv.FileName), OptimisationEvaluationsCsv.Text(result));
        var files = new List<string>();
        if (result.Complete)
        {
            var chosen = result.Recommended is { } best ? [(OptimisedScenarioWriter.FileName, best)] : result.Fresh.Select((f, i) => (OptimisedScenarioWriter.FrontFileName(i + 1), f)).ToArray();
            foreach (var (file, check) in chosen)
            {
                var objectives = string.Join(", ", result.Problem.Objectives.Select(o => o.Label.ToLowerInvariant() + " " + OptimisationReportWriter.Show(o, check.Fresh.Of(o))));
                var description = result.StartWins
                    ? $"{scenario.Description} Checked by cxsim optimise: no candidate beat this, the starting policy, on {result.Problem.FreshReplicates} fresh replicates ({objectives})."
                    : $"{scenario.Description} Optimised by cxsim optimise (candidate {check.InSample.Id}; on {result.Problem.FreshReplicates} fresh replicates: {objectives}).";
                var text = OptimisedScenarioWriter.ToText(scenario, manifest.Set, result.Problem, check.InSample, scenario.Name + "-" + Path.GetFileNameWithoutExtension(file), description, directory);
                if (text is not null)
                {
                    WholeFile.WriteText(Path.Combine(directory, file), text);
                    files.Add(file);
                }
            }
        }

        var subtitle = FormattableString.Invariant(
            $"{manifest.Scenario}: {result.Problem.Levers.Count} lever(s), {manifest.Replicates} replicate(s) a candidate, {manifest.Customers:N0} customers x {manifest.Weeks} weeks, seed {manifest.Seed}");
        var charts = OptimisationCharts.Build(result, subtitle);
        foreach (var chart in charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SweepChartImage.Write(directory, chart);
        }

        cancellationToken.ThrowIfCancellationRequested();
        WholeFile.WriteText(Path.Combine(directory, OptimisationReportWriter.FileName), OptimisationReportWriter.Render(manifest, scenario.Description, result, charts, files, finishedAt));
        return (charts, files);
    }
}
