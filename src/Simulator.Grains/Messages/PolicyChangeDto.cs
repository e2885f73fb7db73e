using Simulator.Model.Brands;

namespace Simulator.Grains.Messages;

/// <summary>A scheduled policy change on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record PolicyChangeDto(
    [property: Id(0)] int Week,
    [property: Id(1)] int Brand,
    [property: Id(2)] Lever Lever,
    [property: Id(3)] double Value)
{
    /// <summary>The wire form of <paramref name="change"/>.</summary>
    public static PolicyChangeDto From(PolicyChange change) => new(change.Week, change.Brand, change.Lever, change.Value);

    /// <summary>The model's policy change.</summary>
    public PolicyChange ToModel() => new(Week, Brand, Lever, Value);
}
