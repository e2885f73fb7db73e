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
    /// Runs one round of a block of weeks. In round 0 every customer runs the whole block; in a later
    /// round only the customers some of whose inputs changed since they ran (a condition their week read,
    /// the mail of their week, or the policies of every customer) run again, from the first such week.
    /// Routes what changed in their word of mouth to the shards of the recipients, one batch per shard,
    /// and returns what changed in the shard's aggregate of each week.
    /// </summary>
    Task<BlockRound> StepAsync(BlockStep step);

    /// <summary>
    /// Saves the shard's customers and unheard word of mouth, as they stand before week <paramref name="tick"/>, in
    /// <paramref name="slot"/> of the replicate's checkpoints, or of <paramref name="runKey"/>'s when given (a kept burn-in).
    /// </summary>
    Task CheckpointAsync(int tick, int slot, string? runKey = null);

    /// <summary>
    /// Restores the shard and its customers, as a shard of <paramref name="spec"/>, from the checkpoint in
    /// <paramref name="slot"/>, which must be of week <paramref name="tick"/>: the replicate's own, or
    /// <paramref name="fromKey"/>'s when given (a burn-in kept by another run). Returns the shard's silo.
    /// </summary>
    Task<string> RestoreAsync(RunSpec spec, int slot, int tick, int generation, string? fromKey = null);

    /// <summary>
    /// Receives word of mouth sent to customers of this shard, by week sent and sender, each replacing what
    /// that sender was known to have sent them that week, to be heard after the information lag. It was sent in
    /// round <paramref name="round"/> of the block of week <paramref name="firstTick"/>, and is taken in when the
    /// shard starts a later round, so that what a round hears does not depend on which shard finished first.
    /// </summary>
    [AlwaysInterleave]
    Task DeliverAsync(MailUpdate[] mail, int generation, int firstTick, int round);

    /// <summary>The shard's customers after the last week run, and the word of mouth they sent that week (for a population view).</summary>
    Task<PopulationSlice> ObserveAsync();

    /// <summary>Deactivates the shard and its customers, and deletes the shard's checkpoints if it kept any.</summary>
    Task EndAsync();
}
