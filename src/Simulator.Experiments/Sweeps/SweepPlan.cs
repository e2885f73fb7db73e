using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Sweeps;

/// <summary>What a sweep runs: the scenario (with the run settings applied), the design and the replicates per point.</summary>
/// <param name="Scenario">The scenario every point starts from.</param>
/// <param name="Design">The design points.</param>
/// <param name="Replicates">Replicates per point.</param>
public sealed record SweepPlan(Scenario Scenario, SweepDesign Design, int Replicates)
{
    /// <summary>Every (point, replicate) of the sweep, point by point.</summary>
    public IEnumerable<(int Point, int Replicate)> AllRuns() =>
        Design.Points.SelectMany(p => Enumerable.Range(0, Replicates).Select(r => (p.Id, r)));

    /// <summary>The runs still to do when <paramref name="finished"/> are done (a resumed sweep runs only these).</summary>
    public IReadOnlyList<(int Point, int Replicate)> Missing(IEnumerable<SweepRun> finished)
    {
        ArgumentNullException.ThrowIfNull(finished);
        var done = finished.Select(r => (r.Point, r.Replicate)).ToHashSet();
        return [.. AllRuns().Where(r => !done.Contains(r))];
    }

    /// <summary>The scenario of one run (replicates are chosen by the runner).</summary>
    public Scenario ScenarioAt(int point) => Design.Apply(Scenario, Design.Points[point]);
}
