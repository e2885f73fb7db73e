using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Experiments.Comparison;

/// <summary>What the analysis knows of one scenario: its label and the headline figures of each replicate.</summary>
/// <param name="Scenario">The scenario's label (unique within a comparison).</param>
/// <param name="Replicates">The figures of each replicate used, in replicate order.</param>
public sealed record ScenarioSample(string Scenario, IReadOnlyList<ReplicateFigures> Replicates)
{
    /// <summary>
    /// The figures of brand <paramref name="brand"/> (the focal brand by default) in every replicate of
    /// <paramref name="result"/> that ran all its weeks; a replicate stopped early is left out, since its
    /// figures would describe a shorter run.
    /// </summary>
    public static ScenarioSample Of(string scenario, SimulationResult result, IReadOnlyList<HeadlineFigure> figures, int brand = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(figures);
        var replicates = new List<ReplicateFigures>();
        for (var r = 0; r < result.Replicates.Count; r++)
        {
            if (result.Replicates[r].Ticks.Count < result.Scenario.Weeks)
            {
                continue;
            }

            var headlines = Headlines.Of(result, r, brand);
            var values = new Dictionary<string, double>(figures.Count, StringComparer.Ordinal);
            foreach (var figure in figures)
            {
                values[figure.Key] = figure.Value(headlines);
            }

            replicates.Add(new ReplicateFigures(result.Replicates[r].Replicate, values));
        }

        return new ScenarioSample(scenario, replicates);
    }

    /// <summary>The values of figure <paramref name="key"/>, in replicate order.</summary>
    public IReadOnlyList<double> ValuesOf(string key) => Replicates.Select(r => r[key]).ToArray();
}
