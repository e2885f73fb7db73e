using Simulator.Grains.Messages;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Simulations;

/// <summary>Drives one run, keyed by its run id: replicates one after another, weeks as barriers.</summary>
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Creates the shards and customers of a replicate and returns what is observed at week 0.</summary>
    Task<TickAggregate> BeginReplicateAsync(ScenarioDto scenario, int replicate);

    /// <summary>Runs the next week on every shard and returns the merged aggregate of the week.</summary>
    Task<TickAggregate> AdvanceAsync();

    /// <summary>Deactivates the replicate's shards and customers.</summary>
    Task EndReplicateAsync();
}
