using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// One round of a block of weeks, from the simulation to every shard: the conditions of each week of
/// the block as now known (exact for the first information-lag weeks, predicted after that), the
/// policy changes in force, and the week from which every customer must run again because the
/// policies of some week changed since the last round (<see cref="Weeks"/> when none did).
/// </summary>
/// <param name="FirstTick">The block's first week.</param>
/// <param name="Round">0 for the first run of the block, then 1, 2, ... until no customer's inputs changed.</param>
/// <param name="Conditions">The market conditions of each week of the block.</param>
/// <param name="Changes">The brands' responses and the interventions, applied on top of the scenario's schedule in this order.</param>
/// <param name="EveryoneFrom">The first week of the block whose policies differ from the last round's, or the block's length.</param>
/// <param name="Generation">The begin or resume this round belongs to.</param>
[GenerateSerializer, Immutable]
public sealed record BlockStep(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] int Round,
    [property: Id(2)] BrandConditions[][] Conditions,
    [property: Id(3)] PolicyChangeDto[] Changes,
    [property: Id(4)] int EveryoneFrom,
    [property: Id(5)] int Generation)
{
    /// <summary>Weeks in the block.</summary>
    public int Weeks => Conditions.Length;
}
