namespace Simulator.Cli.Sweeps;

/// <summary>What <c>cxsim sensitivity</c> was asked for; null means "not given" (the default, or the resumed analysis' value).</summary>
/// <param name="Scenario">A scenario file or the name of a shipped scenario.</param>
/// <param name="Outcomes">The <c>--outcome</c> names (comma lists allowed).</param>
/// <param name="Method"><c>morris</c> or <c>sobol</c>.</param>
/// <param name="Parameters">The <c>--parameters</c> globs (comma lists allowed).</param>
/// <param name="Samples">Morris trajectories, or Sobol's N.</param>
/// <param name="Levels">The Morris grid's levels.</param>
/// <param name="Settings">Population, weeks, seed, replicates, burn-in and <c>--set</c>.</param>
/// <param name="Engine">The engine.</param>
/// <param name="ResultsRoot">The folder that receives sensitivity/&lt;scenario&gt;/&lt;run-id&gt;/.</param>
/// <param name="Resume">The folder of an analysis to resume.</param>
/// <param name="Verbose">Show Orleans' logs.</param>
/// <param name="Cluster">The cluster to run on (<c>--redis</c>), or null for this process.</param>
public sealed record SensitivityRequest(
    string Scenario,
    IReadOnlyList<string> Outcomes,
    string? Method,
    IReadOnlyList<string> Parameters,
    int? Samples,
    int? Levels,
    RunSettings Settings,
    string? Engine,
    string ResultsRoot,
    string? Resume,
    bool Verbose,
    Grains.Hosting.RedisClusterOptions? Cluster = null);
