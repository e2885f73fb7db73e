namespace Simulator.Grains.Messages;

/// <summary>A population segment on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record SegmentDto(
    [property: Id(0)] string Name,
    [property: Id(1)] double Share,
    [property: Id(2)] bool PermanentNeed,
    [property: Id(3)] double[] Values,
    [property: Id(4)] double[] TraitMeans,
    [property: Id(5)] double[] TraitSpreads);
