using Simulator.Grains.Messages;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Simulations;

/// <summary>Drives one run, keyed by its run id: replicates one after another, weeks as barriers.</summary>
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Creates the shards and customers of a replicate and returns what is observed of them before the first (burn-in) week.</summary>
    Task<TickAggregate> BeginReplicateAsync(ScenarioDto scenario, int replicate);

    /// <summary>The week the next <see cref="AdvanceAsync"/> runs (negative during burn-in).</summary>
    Task<int> GetNextWeekAsync();

    /// <summary>Runs the next week on every shard and returns the merged aggregate of the week (burn-in weeks first).</summary>
    Task<TickAggregate> AdvanceAsync();

    /// <summary>Deactivates the replicate's shards and customers.</summary>
    Task EndReplicateAsync();
}
