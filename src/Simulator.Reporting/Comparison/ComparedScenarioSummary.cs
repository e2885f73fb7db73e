namespace Simulator.Reporting.Comparison;

/// <summary>One scenario of a comparison as recorded in the comparison's <c>summary.json</c>.</summary>
/// <param name="Label">Its label in <c>comparison.csv</c> and <c>weekly.csv</c>.</param>
/// <param name="Folder">Its sub-folder (metrics.csv and summary.json of the run).</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="Description">The scenario's description.</param>
/// <param name="SourceFile">The scenario file.</param>
/// <param name="Completed">Whether it ran every week of every replicate.</param>
/// <param name="WeeksRun">Weeks finished by each replicate.</param>
/// <param name="ReplicatesAnalysed">Replicates that ran every week: the ones the headline figures use.</param>
public sealed record ComparedScenarioSummary(
    string Label,
    string Folder,
    string Name,
    string Description,
    string? SourceFile,
    bool Completed,
    IReadOnlyList<int> WeeksRun,
    int ReplicatesAnalysed);
