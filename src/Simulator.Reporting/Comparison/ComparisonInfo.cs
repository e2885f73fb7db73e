using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Comparison;

/// <summary>What the caller knows about a comparison and the results do not: its id, the engine, the times and the command that reproduces it.</summary>
/// <param name="RunId">The comparison's id, e.g. <c>20261125-071500-seed42</c>; the directory's name (a suffix is added when taken).</param>
/// <param name="Engine">The engine's name.</param>
/// <param name="StartedAt">When the first run started.</param>
/// <param name="FinishedAt">When the last run finished (or was stopped).</param>
/// <param name="Command">The command line that reproduces the comparison.</param>
/// <param name="ScenariosNotRun">Scenarios asked for but never started (the comparison was stopped first).</param>
/// <param name="ProductVersion">The product's version; the model assembly's informational version when null.</param>
public sealed record ComparisonInfo(
    string RunId,
    string Engine,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Command,
    IReadOnlyList<string>? ScenariosNotRun = null,
    string? ProductVersion = null)
{
    /// <summary>Wall-clock duration.</summary>
    public TimeSpan Duration => FinishedAt - StartedAt;

    /// <summary><see cref="ProductVersion"/>, or the model assembly's informational version.</summary>
    public string EffectiveProductVersion => ProductVersion ?? RunInfo.DefaultProductVersion;

    /// <summary><see cref="ScenariosNotRun"/>, never null.</summary>
    public IReadOnlyList<string> NotRun => ScenariosNotRun ?? [];

    /// <summary>The same facts as a <see cref="RunInfo"/>, for the per-scenario files.</summary>
    public RunInfo ToRunInfo() => new(RunId, Engine, StartedAt, FinishedAt, ProductVersion);
}
