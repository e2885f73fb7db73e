using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>
/// What one round of a block changed in one shard: for each week of the block, what its customers'
/// contributions changed by (new minus old; null when no customer of the shard ran that week again),
/// and how many customers and customer-weeks ran in the round.
/// </summary>
[GenerateSerializer]
public sealed record BlockRound(
    [property: Id(0)] TickAggregate?[] Changes,
    [property: Id(1)] int Customers,
    [property: Id(2)] long CustomerWeeks);
