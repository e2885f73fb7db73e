using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Json;

/// <summary>A population segment as run.</summary>
/// <param name="Name">The segment's name.</param>
/// <param name="Share">Relative weight in the population.</param>
/// <param name="PermanentNeed">Whether a need once recognised never ends.</param>
/// <param name="Settings">Every numeric setting by JSON name.</param>
/// <param name="Traits">Every trait's spread by trait name.</param>
public sealed record SegmentSummary(
    string Name,
    double Share,
    bool PermanentNeed,
    IReadOnlyDictionary<string, double> Settings,
    IReadOnlyDictionary<string, TraitDistribution> Traits);
