namespace Simulator.Cli.Sweeps;

/// <summary>What <c>cxsim optimise</c> was asked for; null or empty means "not given" (the default, or the resumed optimisation's value).</summary>
/// <param name="Scenario">A scenario file or the name of a shipped scenario.</param>
/// <param name="Levers">The <c>--levers</c> paths (comma lists allowed).</param>
/// <param name="Bounds">The <c>--bounds</c> specs.</param>
/// <param name="Objectives">The <c>--objective</c> outcomes (comma lists allowed).</param>
/// <param name="Constraints">The <c>--constraint</c> specs.</param>
/// <param name="Budget">The <c>--budget</c> ceiling on spending: a number or <c>start</c>.</param>
/// <param name="MaxEvaluations">The most candidates of the search.</param>
/// <param name="FreshReplicates">Replicates of the re-evaluation.</param>
/// <param name="FreshCandidates">Candidates re-evaluated.</param>
/// <param name="Population">CMA-ES's λ.</param>
/// <param name="Elitist">Inject the best so far into every generation (<c>--elitist</c>).</param>
/// <param name="Settings">Population, weeks, seed, replicates, burn-in and <c>--set</c>.</param>
/// <param name="Engine">The engine.</param>
/// <param name="ResultsRoot">The folder that receives optimise/&lt;scenario&gt;/&lt;run-id&gt;/.</param>
/// <param name="Resume">The folder of an optimisation to resume.</param>
/// <param name="Verbose">Show Orleans' logs.</param>
/// <param name="Cluster">The cluster to run on (<c>--redis</c>), or null for this process.</param>
public sealed record OptimiseRequest(
    string Scenario,
    IReadOnlyList<string> Levers,
    IReadOnlyList<string> Bounds,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Constraints,
    string? Budget,
    int? MaxEvaluations,
    int? FreshReplicates,
    int? FreshCandidates,
    int? Population,
    bool Elitist,
    RunSettings Settings,
    string? Engine,
    string ResultsRoot,
    string? Resume,
    bool Verbose,
    Grains.Hosting.RedisClusterOptions? Cluster = null);
