namespace Simulator.Grains.Messages;

/// <summary>A brand on the wire: name, starting share and awareness, lever values in <see cref="Simulator.Model.Brands.Lever"/> order, response rules.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandDto(
    [property: Id(0)] string Name,
    [property: Id(1)] double InitialShare,
    [property: Id(2)] double InitialAwareness,
    [property: Id(3)] double[] Policy,
    [property: Id(4)] ResponseRuleDto[] Responses);
