namespace Simulator.Reporting.Json;

/// <summary>The content of <c>summary.json</c>: the inputs as run, the run's identity and the headline figures.</summary>
/// <param name="RunId">The run's id (the run directory's name).</param>
/// <param name="Engine">The engine that ran it.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When the run finished or was stopped.</param>
/// <param name="DurationSeconds">Wall-clock seconds from start to finish.</param>
/// <param name="Completed">False when the run was stopped before every week of every replicate finished.</param>
/// <param name="StoppedBecause">Why an incomplete run stopped when it was not asked to (a silo lost); null otherwise.</param>
/// <param name="ReplicatesRun">Replicates with at least one week in the result.</param>
/// <param name="WeeksRun">Weeks completed by each replicate in the result, in replicate order.</param>
/// <param name="Versions">Versions of the product and the runtime.</param>
/// <param name="Scenario">The resolved scenario.</param>
/// <param name="Headlines">Headline figures per brand, focal brand first.</param>
public sealed record RunSummary(
    string RunId,
    string Engine,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationSeconds,
    bool Completed,
    string? StoppedBecause,
    int ReplicatesRun,
    IReadOnlyList<int> WeeksRun,
    VersionsSummary Versions,
    ScenarioSummary Scenario,
    IReadOnlyList<BrandHeadlines> Headlines);
