using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>
/// What one round of a block changed in one shard: for each week of the block, what its customers'
/// contributions changed by (new minus old; null when no customer of the shard ran that week again),
/// how many customers ran in the round (one grain call each), and how many customer-weeks the model stepped
/// for them (a customer run again from week f of a block of n steps f + 2(n - f): it reaches week f again,
/// gives back its old weeks and runs the new ones).
/// </summary>
[GenerateSerializer]
public sealed record BlockRound(
    [property: Id(0)] TickAggregate?[] Changes,
    [property: Id(1)] int Customers,
    [property: Id(2)] long CustomerWeeks);
