using Simulator.Model.Brands.Responses;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>The outcome of a run: the scenario as run and each replicate's weekly aggregates.</summary>
/// <param name="Scenario">The scenario as run (with command-line overrides applied).</param>
/// <param name="Replicates">One result per replicate, in order.</param>
/// <param name="Completed">False when the run was stopped before every week of every replicate finished.</param>
/// <param name="StoppedBecause">Why an incomplete run stopped when it was not asked to (a silo lost); null otherwise.</param>
public sealed record SimulationResult(Scenario Scenario, IReadOnlyList<ReplicateResult> Replicates, bool Completed, string? StoppedBecause = null)
{
    /// <summary>Whether two results hold exactly the same numbers (and the same responses).</summary>
    public bool SameNumbersAs(SimulationResult other) =>
        Replicates.Count == other.Replicates.Count &&
        Replicates.Zip(other.Replicates).All(p =>
            p.First.Initial.SameAs(p.Second.Initial) &&
            p.First.Ticks.Count == p.Second.Ticks.Count &&
            p.First.Ticks.Zip(p.Second.Ticks).All(t => t.First.SameAs(t.Second)) &&
            p.First.Responses.Count == p.Second.Responses.Count &&
            p.First.Responses.Zip(p.Second.Responses).All(r => BrandResponse.SameAs(r.First, r.Second)));
}
