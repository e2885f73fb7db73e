using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>What a shard tells one customer each week: the week, last week's market conditions and the customer's mail.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOrder(
    [property: Id(0)] int Tick,
    [property: Id(1)] BrandConditions[] Conditions,
    [property: Id(2)] WordOfMouth[] Inbox);
