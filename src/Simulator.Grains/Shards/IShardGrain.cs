using Orleans.Concurrency;
using Simulator.Grains.Messages;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Shards;

/// <summary>
/// A contiguous range of customers of one replicate, keyed by (shard index, "runId/replicate").
/// Every call carries the replicate's generation, new at each begin and resume: a step or a delivery
/// left over from before a resume is refused, so word of mouth is never heard twice.
/// </summary>
public interface IShardGrain : IGrainWithIntegerCompoundKey
{
    /// <summary>Activates the shard's customers (in waves) and returns what is observed of them, and the shard's silo.</summary>
    Task<ShardStart> InitializeAsync(RunSpec spec, int generation);

    /// <summary>
    /// Steps every customer through a block of weeks starting at <paramref name="firstTick"/> (one
    /// set of conditions per week), routes their word of mouth to the shards of the recipients in one
    /// batch per shard, and returns the shard's aggregate of each week. <paramref name="interventions"/>
    /// are the policy changes made during the run so far, passed on to every customer.
    /// </summary>
    Task<TickAggregate[]> StepAsync(int firstTick, BrandConditions[][] conditions, PolicyChangeDto[] interventions, int generation);

    /// <summary>Saves the shard's customers and unheard word of mouth, as they stand before week <paramref name="tick"/>, in <paramref name="slot"/>.</summary>
    Task CheckpointAsync(int tick, int slot);

    /// <summary>Restores the shard and its customers from the checkpoint in <paramref name="slot"/>, which must be of week <paramref name="tick"/>; returns the shard's silo.</summary>
    Task<string> RestoreAsync(RunSpec spec, int slot, int tick, int generation);

    /// <summary>Receives word of mouth sent to customers of this shard, by week sent, to be heard after the information lag.</summary>
    [AlwaysInterleave]
    Task DeliverAsync(TimedMail[] mail, int generation);

    /// <summary>The shard's customers after the last week run, and the word of mouth they sent that week (for a population view).</summary>
    Task<PopulationSlice> ObserveAsync();

    /// <summary>Deactivates the shard and its customers, and deletes the shard's checkpoints if it kept any.</summary>
    Task EndAsync();
}
