using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;

namespace Simulator.Grains.Messages;

/// <summary>A brand's response rule on the wire.</summary>
[GenerateSerializer, Immutable]
public sealed record ResponseRuleDto(
    [property: Id(0)] ResponseKind Kind,
    [property: Id(1)] int DelayWeeks,
    [property: Id(2)] double Floor,
    [property: Id(3)] int ReviewWeeks,
    [property: Id(4)] double ShareDrop,
    [property: Id(5)] double Raise,
    [property: Id(6)] Lever Lever,
    [property: Id(7)] int Of)
{
    /// <summary>The wire form of <paramref name="rule"/>.</summary>
    public static ResponseRuleDto From(ResponseRule rule) =>
        new(rule.Kind, rule.DelayWeeks, rule.Floor, rule.ReviewWeeks, rule.ShareDrop, rule.Raise, rule.Lever, rule.Of);

    /// <summary>The model's rule.</summary>
    public ResponseRule ToModel() => new(Kind, DelayWeeks)
    {
        Floor = Floor,
        ReviewWeeks = ReviewWeeks,
        ShareDrop = ShareDrop,
        Raise = Raise,
        Lever = Lever,
        Of = Of,
    };
}
