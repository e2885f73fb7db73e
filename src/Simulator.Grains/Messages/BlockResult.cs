using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>The aggregates of a block of consecutive weeks, the first being <paramref name="FirstTick"/>, and the responses the brands decided after them.</summary>
[GenerateSerializer, Immutable]
public sealed record BlockResult(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] TickAggregate[] Weeks,
    [property: Id(2)] BrandResponseDto[] Responses);
