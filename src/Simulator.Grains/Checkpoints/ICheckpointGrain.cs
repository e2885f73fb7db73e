namespace Simulator.Grains.Checkpoints;

/// <summary>
/// Keeps one checkpoint in the cluster's checkpoint storage (Redis on a cluster), so it outlives the
/// silo that wrote it. Keyed by what it holds (see <see cref="CheckpointKeys"/>).
/// </summary>
/// <typeparam name="TCheckpoint">What is kept.</typeparam>
public interface ICheckpointGrain<TCheckpoint> : IGrainWithStringKey
{
    /// <summary>Writes <paramref name="checkpoint"/> to storage, replacing what was there.</summary>
    Task SaveAsync(TCheckpoint checkpoint);

    /// <summary>The checkpoint last saved, or null when there is none.</summary>
    Task<TCheckpoint?> LoadAsync();

    /// <summary>Deletes the checkpoint from storage (the replicate is over).</summary>
    Task ClearAsync();
}
