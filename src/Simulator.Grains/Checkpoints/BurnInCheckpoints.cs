namespace Simulator.Grains.Checkpoints;

/// <summary>Burn-ins kept at week 0 for other runs to start from (<see cref="Simulations.ISimulationGrain.KeepBurnInAsync"/>).</summary>
public static class BurnInCheckpoints
{
    /// <summary>The key a burn-in of replicate <paramref name="runKey"/> is kept under.</summary>
    public static string KeyOf(string runKey) => runKey + "/burn-in";

    /// <summary>Deletes the burn-in kept under <paramref name="burnInKey"/>: the simulation's record and every shard's.</summary>
    public static async Task ForgetAsync(IGrainFactory grains, string burnInKey)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var record = grains.GetGrain<ICheckpointGrain<SimulationCheckpoint>>(CheckpointKeys.Simulation(burnInKey));
        if (await record.LoadAsync() is not { } checkpoint)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, checkpoint.Spec.ShardCount)
            .Select(shard => grains.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(burnInKey, shard, checkpoint.Slot)).ClearAsync()));
        await record.ClearAsync();
    }
}
