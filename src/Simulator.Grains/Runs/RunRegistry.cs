using System.Collections.Concurrent;
using Simulator.Grains.Messages;

namespace Simulator.Grains.Runs;

/// <summary>
/// A silo-wide registry of the replicates running on this silo, so that a million customer grains
/// share one parsed scenario instead of each holding a copy.
/// </summary>
public sealed class RunRegistry
{
    private readonly ConcurrentDictionary<string, Lazy<RunContext>> _runs = new(StringComparer.Ordinal);

    /// <summary>Registers a replicate (idempotent) and returns its context.</summary>
    public RunContext Register(RunSpec spec) =>
        _runs.GetOrAdd(spec.Key, _ => new Lazy<RunContext>(() => new RunContext(spec))).Value;

    /// <summary>The context of a registered replicate, or null.</summary>
    public RunContext? Find(string key) => _runs.TryGetValue(key, out var run) ? run.Value : null;

    /// <summary>Forgets a replicate.</summary>
    public void Remove(string key) => _runs.TryRemove(key, out _);

    /// <summary>Number of replicates registered on this silo.</summary>
    public int Count => _runs.Count;
}
