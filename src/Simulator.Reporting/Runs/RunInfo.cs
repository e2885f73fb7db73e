using System.Reflection;
using Simulator.Model.Engine;

namespace Simulator.Reporting.Runs;

/// <summary>
/// What the caller knows about a run and the model does not: its id, the engine, and the wall-clock
/// times (the model never reads the clock). Whether the run completed comes from
/// <see cref="SimulationResult.Completed"/>.
/// </summary>
/// <param name="RunId">The run's id, e.g. <c>20261125-071500-seed42</c>; the run directory's name (a suffix is added when taken).</param>
/// <param name="Engine">The engine's name (<see cref="ISimulationEngine.Name"/>).</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When the run finished (or was stopped).</param>
/// <param name="ProductVersion">The product's version; the model assembly's informational version when null.</param>
public sealed record RunInfo(string RunId, string Engine, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string? ProductVersion = null)
{
    /// <summary>The wall-clock duration of the run.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary><see cref="ProductVersion"/>, or the model assembly's informational version when that is null.</summary>
    public string EffectiveProductVersion => ProductVersion ?? DefaultProductVersion;

    /// <summary>The informational version of the model assembly (the product's core).</summary>
    public static string DefaultProductVersion { get; } = VersionOf(typeof(SimulationResult).Assembly);

    /// <summary>The informational version of <paramref name="assembly"/>, else its version, else "unknown".</summary>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }

    /// <summary>
    /// A run id from the start time and seed, e.g. <c>20261125-071500-seed42</c> (UTC).
    /// </summary>
    public static string CreateRunId(DateTimeOffset startedAt, ulong seed) =>
        FormattableString.Invariant($"{startedAt.UtcDateTime:yyyyMMdd-HHmmss}-seed{seed}");
}
