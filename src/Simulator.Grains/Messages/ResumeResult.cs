namespace Simulator.Grains.Messages;

/// <summary>A replicate restored from its last checkpoint.</summary>
/// <param name="Tick">The next week to run: the checkpoint's week.</param>
/// <param name="ShardSilos">The silo of each shard after the restore, in shard order.</param>
[GenerateSerializer, Immutable]
public sealed record ResumeResult(
    [property: Id(0)] int Tick,
    [property: Id(1)] string[] ShardSilos);
