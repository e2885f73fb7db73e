namespace Simulator.Grains.Checkpoints;

/// <summary>
/// Keys of the checkpoint grains of a replicate. Shards keep two slots and write them in turn, so a
/// checkpoint cut short by a failure never overwrites the last complete one; the simulation's own
/// checkpoint, written last, says which slot and week are complete.
/// </summary>
public static class CheckpointKeys
{
    /// <summary>The simulation's checkpoint of replicate <paramref name="runKey"/>.</summary>
    public static string Simulation(string runKey) => $"simulation/{runKey}";

    /// <summary>Shard <paramref name="shard"/>'s checkpoint in <paramref name="slot"/> (0 or 1).</summary>
    public static string Shard(string runKey, int shard, int slot) => FormattableString.Invariant($"shard/{runKey}/{shard}/{slot}");
}
