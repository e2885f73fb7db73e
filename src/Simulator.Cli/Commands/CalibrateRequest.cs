namespace Simulator.Cli.Commands;

/// <summary>What <c>cxsim calibrate</c> was asked to do, as typed.</summary>
/// <param name="Scenario">The scenario's file or shipped name.</param>
/// <param name="Retention">The observed table's file or shipped name.</param>
/// <param name="Fit">The --fit values (paths separated by commas).</param>
/// <param name="FitPeriods">The --fit-periods selection, or null for every period after 0.</param>
/// <param name="PeriodWeeks">Weeks per period.</param>
/// <param name="CohortWeeks">The acquisition window, or null for one period.</param>
/// <param name="Bounds">The --bounds values (PATH=LO:HI).</param>
/// <param name="MaxEvaluations">The evaluation budget.</param>
/// <param name="Explore">The --explore value, or null for the default.</param>
/// <param name="Run">Population, seed, replicates, burn-in and --set overrides.</param>
/// <param name="Out">The results root.</param>
/// <param name="Command">The command line, for the record.</param>
/// <param name="Cluster">The cluster whose Orleans engine runs every evaluation (<c>--redis</c>), or null for the reference engine here.</param>
internal sealed record CalibrateRequest(
    string Scenario,
    string Retention,
    IReadOnlyList<string> Fit,
    string? FitPeriods,
    int PeriodWeeks,
    int? CohortWeeks,
    IReadOnlyList<string> Bounds,
    int MaxEvaluations,
    int? Explore,
    RunSettings Run,
    string Out,
    string Command,
    Grains.Hosting.RedisClusterOptions? Cluster = null);
