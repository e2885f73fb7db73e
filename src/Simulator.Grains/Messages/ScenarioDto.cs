using Simulator.Model.Brands;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Messages;

/// <summary>A resolved scenario as it crosses the wire: plain values, converted back to the model's <see cref="Scenario"/> on arrival.</summary>
[GenerateSerializer, Immutable]
public sealed record ScenarioDto(
    [property: Id(0)] string Name,
    [property: Id(1)] string Description,
    [property: Id(2)] int Weeks,
    [property: Id(3)] int Customers,
    [property: Id(4)] ulong Seed,
    [property: Id(5)] int Replicates,
    [property: Id(6)] BrandDto[] Brands,
    [property: Id(7)] SegmentDto[] Segments,
    [property: Id(8)] NetworkKind NetworkKind,
    [property: Id(9)] int Neighbours,
    [property: Id(10)] double Rewiring,
    [property: Id(11)] double[] Market,
    [property: Id(12)] double[] Model,
    [property: Id(13)] PolicyChangeDto[] Schedule,
    [property: Id(14)] int BurnInWeeks)
{
    /// <summary>Captures a scenario.</summary>
    public static ScenarioDto From(Scenario s) => new(
        s.Name,
        s.Description,
        s.Weeks,
        s.Customers,
        s.Seed,
        s.Replicates,
        [.. s.Brands.Select(b => new BrandDto(b.Name, b.InitialShare, b.InitialAwareness, b.Policy.ToArray(), [.. b.Responses.Select(ResponseRuleDto.From)]))],
        [.. s.Segments.Select(g => new SegmentDto(g.Name, g.Share, g.PermanentNeed, g.ToArray(), [.. g.Traits.Select(t => t.Mean)], [.. g.Traits.Select(t => t.Spread)]))],
        s.Network.Kind,
        s.Network.Neighbours,
        s.Network.Rewiring,
        s.Market.ToArray(),
        s.Model.ToArray(),
        [.. s.Schedule.Select(PolicyChangeDto.From)],
        s.BurnInWeeks);

    /// <summary>Rebuilds the model's scenario.</summary>
    public Scenario ToScenario() => new()
    {
        Name = Name,
        Description = Description,
        Weeks = Weeks,
        BurnInWeeks = BurnInWeeks,
        Customers = Customers,
        Seed = Seed,
        Replicates = Replicates,
        Brands = [.. Brands.Select(b => new BrandSpec(b.Name, b.InitialShare, b.InitialAwareness, new BrandPolicy(b.Policy)) { Responses = [.. b.Responses.Select(r => r.ToModel())] })],
        Segments = [.. Segments.Select(g => new SegmentSpec(g.Name, g.Share, [.. g.TraitMeans.Zip(g.TraitSpreads, (m, s) => new TraitDistribution(m, s))], g.PermanentNeed, g.Values))],
        Network = new NetworkSpec(NetworkKind, Neighbours, Rewiring),
        Market = new MarketParameters(Market),
        Model = new ModelParameters(Model),
        Schedule = [.. Schedule.Select(c => c.ToModel())],
    };
}
