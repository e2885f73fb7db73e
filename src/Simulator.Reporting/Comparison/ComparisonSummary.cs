namespace Simulator.Reporting.Comparison;

/// <summary>The content of a comparison's <c>summary.json</c>: its identity, settings, completeness and scenarios.</summary>
/// <param name="RunId">The comparison's id (its directory's name).</param>
/// <param name="Engine">The engine.</param>
/// <param name="Command">The command that reproduces it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished or was stopped.</param>
/// <param name="DurationSeconds">Wall-clock seconds.</param>
/// <param name="Completed">False when it was stopped before every run finished; the files then hold what finished.</param>
/// <param name="Customers">Population size of every scenario.</param>
/// <param name="Weeks">Weeks of every scenario.</param>
/// <param name="BurnInWeeks">Burn-in weeks of every scenario.</param>
/// <param name="Seed">Seed of every scenario (common random numbers).</param>
/// <param name="Replicates">Replicates asked for per scenario.</param>
/// <param name="ProductVersion">The product's version.</param>
/// <param name="Scenarios">The scenarios run, the reference first.</param>
/// <param name="ScenariosNotRun">Scenarios asked for but never started.</param>
public sealed record ComparisonSummary(
    string RunId,
    string Engine,
    string Command,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    bool Completed,
    int Customers,
    int Weeks,
    int BurnInWeeks,
    ulong Seed,
    int Replicates,
    string ProductVersion,
    IReadOnlyList<ComparedScenarioSummary> Scenarios,
    IReadOnlyList<string> ScenariosNotRun);
