namespace Simulator.Cli.Sweeps;

/// <summary>What <c>cxsim sweep</c> was asked for; null means "not given" (the default, or the resumed sweep's value).</summary>
/// <param name="Scenario">A scenario file or the name of a shipped scenario.</param>
/// <param name="Vary">The <c>--vary</c> specs.</param>
/// <param name="LatinHypercube">The points of a Latin hypercube (<c>--lhs</c>).</param>
/// <param name="Settings">Population, weeks, seed, replicates and burn-in.</param>
/// <param name="Engine">The engine.</param>
/// <param name="Outcome">The figure charted.</param>
/// <param name="ResultsRoot">The folder that receives sweeps/&lt;scenario&gt;/&lt;run-id&gt;/.</param>
/// <param name="Resume">The folder of a sweep to resume.</param>
/// <param name="Verbose">Show Orleans' logs.</param>
/// <param name="Cluster">The cluster to run on (<c>--redis</c>), or null for this process.</param>
public sealed record SweepRequest(
    string Scenario,
    IReadOnlyList<string> Vary,
    int? LatinHypercube,
    RunSettings Settings,
    string? Engine,
    string? Outcome,
    string ResultsRoot,
    string? Resume,
    bool Verbose,
    Grains.Hosting.RedisClusterOptions? Cluster = null);
