using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>What a shard reports when its customers exist: what is observed of them, and where they live.</summary>
/// <param name="Observed">The shard's customers before the first week.</param>
/// <param name="Silo">The silo the shard (and, placed next to it, its customers) runs on.</param>
[GenerateSerializer, Immutable]
public sealed record ShardStart(
    [property: Id(0)] TickAggregate Observed,
    [property: Id(1)] string Silo);
