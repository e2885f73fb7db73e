namespace Simulator.Grains.Messages;

/// <summary>Grain keys of a run: customers and shards are keyed by (index, "runId/replicate").</summary>
public static class RunKeys
{
    /// <summary>The key extension of a replicate.</summary>
    public static string Of(string runId, int replicate) => FormattableString.Invariant($"{runId}/{replicate}");
}
