using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>A replicate ready to run: what is observed of its customers, and the silo of every shard.</summary>
/// <param name="Initial">Every customer before the first (burn-in) week.</param>
/// <param name="ShardSilos">The silo of each shard, in shard order.</param>
[GenerateSerializer, Immutable]
public sealed record ReplicateStart(
    [property: Id(0)] TickAggregate Initial,
    [property: Id(1)] string[] ShardSilos);
