using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>
/// The aggregates of a block of consecutive weeks, the first being <paramref name="FirstTick"/>, the
/// responses the brands decided after them, and what it took: the rounds run until no customer's inputs
/// changed, the customer grain calls made over every round, and the customer-weeks the model stepped in all (the block's own, plus those run again, see <see cref="BlockRound"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BlockResult(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] TickAggregate[] Weeks,
    [property: Id(2)] BrandResponseDto[] Responses,
    [property: Id(3)] int Rounds = 1,
    [property: Id(4)] long CustomerWeeksRun = 0,
    [property: Id(5)] long CustomerCalls = 0);
