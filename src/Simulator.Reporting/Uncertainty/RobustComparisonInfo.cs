namespace Simulator.Reporting.Uncertainty;

/// <summary>What a robust comparison was: the scenarios, the sizes, the parameters drawn, the engine, the times and the command that reproduces it.</summary>
/// <param name="RunId">The comparison's id; the directory's name (a suffix is added when taken).</param>
/// <param name="Scenarios">The scenarios' labels; the first is the reference.</param>
/// <param name="Globs">The <c>--parameters</c> globs.</param>
/// <param name="Customers">Population size.</param>
/// <param name="Weeks">Weeks reported.</param>
/// <param name="BurnInWeeks">Weeks before week 0.</param>
/// <param name="Seed">The seed of every run and of the parameter sets.</param>
/// <param name="Replicates">Replicates per scenario and set.</param>
/// <param name="Engine">The engine.</param>
/// <param name="StartedAt">When the first run started.</param>
/// <param name="FinishedAt">When the last run finished (or was stopped).</param>
/// <param name="Command">The command line that reproduces it.</param>
/// <param name="Version">The product's version.</param>
public sealed record RobustComparisonInfo(
    string RunId,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<string> Globs,
    int Customers,
    int Weeks,
    int BurnInWeeks,
    ulong Seed,
    int Replicates,
    string Engine,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Command,
    string Version);
