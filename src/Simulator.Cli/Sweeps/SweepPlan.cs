using Simulator.Model.Experiments;
using Simulator.Model.Scenarios;

namespace Simulator.Cli.Sweeps;

/// <summary>What a sweep runs: the scenario (with the run settings applied), the design and the replicates per point.</summary>
/// <param name="Scenario">The scenario every point starts from.</param>
/// <param name="Design">The design points.</param>
/// <param name="Replicates">Replicates per point.</param>
/// <param name="Engine"><c>reference</c> (runs spread over the machine's cores) or <c>orleans</c> (points one after another on one embedded silo).</param>
public sealed record SweepPlan(Scenario Scenario, SweepDesign Design, int Replicates, string Engine)
{
    /// <summary>Every (point, replicate) of the sweep, point by point.</summary>
    public IEnumerable<(int Point, int Replicate)> AllRuns() =>
        Design.Points.SelectMany(p => Enumerable.Range(0, Replicates).Select(r => (p.Id, r)));

    /// <summary>The scenario of one run (replicates are chosen by the runner).</summary>
    public Scenario ScenarioAt(int point) => Design.Apply(Scenario, Design.Points[point]);
}
