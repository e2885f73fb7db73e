using Orleans.Concurrency;
using Simulator.Grains.Messages;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Shards;

/// <summary>A contiguous range of customers of one replicate, keyed by (shard index, "runId/replicate").</summary>
public interface IShardGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Activates the shard's customers (in waves) and returns what is observed of them at week 0.</summary>
    Task<TickAggregate> InitializeAsync(RunSpec spec);

    /// <summary>Steps every customer one week, routes their word of mouth to the shards of the recipients, and returns the shard's aggregate.</summary>
    Task<TickAggregate> StepAsync(int tick, BrandConditions[] conditions);

    /// <summary>Receives word of mouth sent in week <paramref name="tick"/> to customers of this shard, for delivery next week.</summary>
    [AlwaysInterleave]
    Task DeliverAsync(int tick, WordOfMouth[] messages);

    /// <summary>Deactivates the shard and its customers.</summary>
    Task EndAsync();
}
