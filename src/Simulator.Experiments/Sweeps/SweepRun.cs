using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Experiments.Sweeps;

/// <summary>One finished run of a sweep: a replicate of a design point, and the focal brand's figures.</summary>
/// <param name="Point">The design point's id.</param>
/// <param name="Replicate">The replicate (0-based; replicate k uses the same random numbers at every point).</param>
/// <param name="Figures">The figures, in the order of <see cref="SweepFigures.All"/> (NaN when undefined).</param>
public sealed record SweepRun(int Point, int Replicate, IReadOnlyList<double> Figures)
{
    /// <summary>The run's figures taken from the focal brand's headlines.</summary>
    public static SweepRun From(int point, int replicate, Headlines focal)
    {
        ArgumentNullException.ThrowIfNull(focal);
        return new SweepRun(point, replicate, SweepFigures.All.Select(f => f.Read(focal)).ToArray());
    }

    /// <summary>
    /// The run of replicate <paramref name="replicate"/> of <paramref name="result"/> (which must hold
    /// every week of it), as point <paramref name="point"/>; the focal brand is brand 0.
    /// </summary>
    public static SweepRun From(int point, SimulationResult result, int replicate)
    {
        ArgumentNullException.ThrowIfNull(result);
        var index = -1;
        for (var i = 0; i < result.Replicates.Count; i++)
        {
            if (result.Replicates[i].Replicate == replicate)
            {
                index = i;
            }
        }

        if (index < 0 || result.Replicates[index].Ticks.Count < result.Scenario.Weeks)
        {
            throw new ArgumentException($"Replicate {replicate} did not finish.", nameof(replicate));
        }

        return From(point, result.Replicates[index].Replicate, Headlines.Of(result, index, 0));
    }

    /// <summary>The runs sorted by point then replicate, keeping the first of any (point, replicate) given twice.</summary>
    public static IReadOnlyList<SweepRun> Distinct(IEnumerable<SweepRun> runs) =>
        runs.DistinctBy(r => (r.Point, r.Replicate)).OrderBy(r => r.Point).ThenBy(r => r.Replicate).ToArray();
}
