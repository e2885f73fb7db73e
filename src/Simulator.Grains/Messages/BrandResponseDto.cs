using Simulator.Model.Brands.Responses;

namespace Simulator.Grains.Messages;

/// <summary>A response a brand decided, on the wire (in a block's result and in a checkpoint).</summary>
[GenerateSerializer, Immutable]
public sealed record BrandResponseDto(
    [property: Id(0)] int DecidedWeek,
    [property: Id(1)] int Brand,
    [property: Id(2)] int Rule,
    [property: Id(3)] ResponseKind Kind,
    [property: Id(4)] PolicyChangeDto[] Changes,
    [property: Id(5)] string Reason)
{
    /// <summary>The wire form of <paramref name="response"/>.</summary>
    public static BrandResponseDto From(BrandResponse response) =>
        new(response.DecidedWeek, response.Brand, response.Rule, response.Kind, [.. response.Changes.Select(PolicyChangeDto.From)], response.Reason);

    /// <summary>The model's response.</summary>
    public BrandResponse ToModel() => new(DecidedWeek, Brand, Rule, Kind, [.. Changes.Select(c => c.ToModel())], Reason);
}
