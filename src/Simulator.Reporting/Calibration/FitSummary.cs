using Simulator.Reporting.Json;

namespace Simulator.Reporting.Calibration;

/// <summary>The content of <c>fit.json</c>: what was fitted to what, how, and how well.</summary>
/// <param name="RunId">The calibration's id (its directory's name).</param>
/// <param name="Command">The command line that ran it.</param>
/// <param name="Engine">The engine ("reference").</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="DurationSeconds">Wall-clock seconds.</param>
/// <param name="Completed">False when it was stopped before the budget or convergence.</param>
/// <param name="Stop">Why the search stopped: converged, budget or cancelled.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The scenario's file.</param>
/// <param name="ObservedFile">The observed table's file.</param>
/// <param name="Brand">The brand whose cohort was followed.</param>
/// <param name="PeriodWeeks">Weeks per period of the table.</param>
/// <param name="CohortWeeks">The acquisition window: the cohort is every customer acquired in weeks 0 to this − 1.</param>
/// <param name="WeeksSimulated">Weeks each simulation ran (after the burn-in).</param>
/// <param name="Customers">Population size.</param>
/// <param name="BurnInWeeks">Burn-in weeks.</param>
/// <param name="Seed">Seed (the same in every evaluation).</param>
/// <param name="Replicates">Replicates per evaluation (curves averaged).</param>
/// <param name="FitPeriods">The periods fitted.</param>
/// <param name="HeldOutPeriods">The periods held out and predicted.</param>
/// <param name="Overrides">Settings changed before the fit (--set), written into calibrated.json too.</param>
/// <param name="Parameters">The fitted parameters.</param>
/// <param name="RmseFit">Root mean square error on the fitted periods at the fitted values (percentage points).</param>
/// <param name="RmseHeldOut">The same on the held-out periods (null when none).</param>
/// <param name="StartRmseFit">The error on the fitted periods at the start values.</param>
/// <param name="StartRmseHeldOut">The error on the held-out periods at the start values.</param>
/// <param name="Evaluations">Simulations run.</param>
/// <param name="MaxEvaluations">The budget.</param>
/// <param name="Explore">Points of the space-filling design evaluated before Nelder-Mead.</param>
/// <param name="MeanCohortSize">The cohort's mean size at the fitted values.</param>
/// <param name="Observed">The observed table.</param>
/// <param name="Simulated">The simulated curve at each period of the table.</param>
/// <param name="History">Every evaluation, in order.</param>
/// <param name="Benchmark">The shifted-beta-geometric benchmark fitted to the same periods.</param>
/// <param name="Versions">Product and runtime versions.</param>
public sealed record FitSummary(
    string RunId,
    string Command,
    string Engine,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    bool Completed,
    string Stop,
    string Scenario,
    string? ScenarioFile,
    string ObservedFile,
    string Brand,
    int PeriodWeeks,
    int CohortWeeks,
    int WeeksSimulated,
    int Customers,
    int BurnInWeeks,
    ulong Seed,
    int Replicates,
    IReadOnlyList<int> FitPeriods,
    IReadOnlyList<int> HeldOutPeriods,
    IReadOnlyList<SettingSummary> Overrides,
    IReadOnlyList<FitParameterSummary> Parameters,
    double RmseFit,
    double RmseHeldOut,
    double StartRmseFit,
    double StartRmseHeldOut,
    int Evaluations,
    int MaxEvaluations,
    int Explore,
    double MeanCohortSize,
    IReadOnlyList<ObservedPointSummary> Observed,
    IReadOnlyList<SimulatedPointSummary> Simulated,
    IReadOnlyList<FitEvaluationSummary> History,
    BenchmarkSummary Benchmark,
    VersionsSummary Versions);
