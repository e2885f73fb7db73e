using Simulator.Model.Brands;

namespace Simulator.Grains.Messages;

/// <summary>A scheduled policy change on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record PolicyChangeDto(
    [property: Id(0)] int Week,
    [property: Id(1)] int Brand,
    [property: Id(2)] Lever Lever,
    [property: Id(3)] double Value);
