namespace Simulator.Reporting.Json;

/// <summary>The resolved scenario as run (with command-line overrides applied), every value explicit.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Description">What the scenario represents.</param>
/// <param name="SourceFile">The file it was loaded from, if any.</param>
/// <param name="Weeks">Weeks per replicate.</param>
/// <param name="BurnInWeeks">Weeks simulated before week 0 and not reported.</param>
/// <param name="Customers">Population size.</param>
/// <param name="Seed">Root seed.</param>
/// <param name="Replicates">Replicates asked for.</param>
/// <param name="Network">The word-of-mouth network.</param>
/// <param name="Brands">The brands, focal brand first.</param>
/// <param name="Segments">The population segments.</param>
/// <param name="Market">Economic constants by JSON name.</param>
/// <param name="Model">Behavioural constants by JSON name.</param>
/// <param name="Schedule">Scheduled policy changes, in the order they apply.</param>
public sealed record ScenarioSummary(
    string Name,
    string Description,
    string? SourceFile,
    int Weeks,
    int BurnInWeeks,
    int Customers,
    ulong Seed,
    int Replicates,
    NetworkSummary Network,
    IReadOnlyList<BrandSummary> Brands,
    IReadOnlyList<SegmentSummary> Segments,
    IReadOnlyDictionary<string, double> Market,
    IReadOnlyDictionary<string, double> Model,
    IReadOnlyList<ScheduleEntry> Schedule);
