using Orleans.Placement;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Checkpoints;

/// <summary>A thin adapter over grain storage: saves and loads one checkpoint. Lives beside its writer.</summary>
/// <typeparam name="TCheckpoint">What is kept.</typeparam>
[PreferLocalPlacement]
public sealed class CheckpointGrain<TCheckpoint>(
    [PersistentState("checkpoint", RedisClusterExtensions.CheckpointStorage)] IPersistentState<CheckpointGrain<TCheckpoint>.Slot> storage)
    : Grain, ICheckpointGrain<TCheckpoint>
{
    /// <inheritdoc />
    public async Task SaveAsync(TCheckpoint checkpoint)
    {
        storage.State = new Slot { Checkpoint = checkpoint };
        await storage.WriteStateAsync();

        // Nothing else will ask for it until a restore: free the memory now.
        DeactivateOnIdle();
    }

    /// <inheritdoc />
    public async Task<TCheckpoint?> LoadAsync()
    {
        await storage.ReadStateAsync();
        return storage.RecordExists ? storage.State.Checkpoint : default;
    }

    /// <inheritdoc />
    public async Task ClearAsync()
    {
        await storage.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>The stored record.</summary>
    [GenerateSerializer]
    public sealed class Slot
    {
        /// <summary>The checkpoint.</summary>
        [Id(0)]
        public TCheckpoint? Checkpoint { get; set; }
    }
}
