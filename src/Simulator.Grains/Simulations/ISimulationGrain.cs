using Simulator.Grains.Messages;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Simulations;

/// <summary>Drives one run, keyed by its run id: replicates one after another, weeks as barriers.</summary>
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Creates the shards and customers of a replicate and returns what is observed of them before the first (burn-in) week, and where the shards run.</summary>
    Task<ReplicateStart> BeginReplicateAsync(ScenarioDto scenario, int replicate);

    /// <summary>
    /// Runs the next block of weeks (as many as the information lag allows, burn-in weeks first) on
    /// every shard and returns the merged aggregate of each week.
    /// </summary>
    Task<BlockResult> AdvanceAsync();

    /// <summary>
    /// Rebuilds replicate <paramref name="replicate"/> of this run from its last checkpoint (after a
    /// silo was lost, say): every shard and customer takes up its saved state, wherever it now lives,
    /// and the market its recent history. Running on from there gives the same weeks as before.
    /// </summary>
    Task<ResumeResult> ResumeReplicateAsync(int replicate);

    /// <summary>
    /// Saves the replicate as it stands at week 0, its burn-in over, under <paramref name="burnInKey"/>, for
    /// other runs whose scenarios live the same burn-in to start from (<see cref="ForkReplicateAsync"/>).
    /// Kept apart from the replicate's own checkpoints, and until <see cref="Checkpoints.BurnInCheckpoints.ForgetAsync"/>.
    /// </summary>
    Task KeepBurnInAsync(string burnInKey);

    /// <summary>
    /// Creates replicate <paramref name="replicate"/> of <paramref name="scenario"/> standing at week 0 from the
    /// burn-in kept under <paramref name="burnInKey"/> by a run whose scenario lived the same burn-in: every
    /// shard and customer takes up the saved state under this run's key, and the market its recent history,
    /// with this scenario's rules from week 0 on. Returns what week 0 starts from, and where the shards run.
    /// </summary>
    Task<ReplicateStart> ForkReplicateAsync(string burnInKey, ScenarioDto scenario, int replicate);

    /// <summary>
    /// Adds policy changes made while the replicate runs (the web explorer's sliders); each applies
    /// from its week on, which must not be a week already run.
    /// </summary>
    Task InterveneAsync(PolicyChangeDto[] changes);

    /// <summary>Every shard's customers after the last week run, and the word of mouth they sent that week, in shard order.</summary>
    Task<PopulationSlice[]> ObserveAsync();

    /// <summary>Deactivates the replicate's shards and customers.</summary>
    Task EndReplicateAsync();
}
