using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// What a shard tells one customer for a block of consecutive weeks: the first week, the market
/// conditions of every week of the block as known in this round, and the customer's mail of the weeks
/// it is to run, from <see cref="FromWeek"/> on (0 in a block's first round; later, the first week whose
/// inputs turned out different). Changes are the brands' responses and the policy changes made while the
/// run was going (the web explorer's sliders): they apply on top of the scenario's schedule.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOrder(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] BrandConditions[][] Conditions,
    [property: Id(2)] WordOfMouth[][] Inboxes,
    [property: Id(3)] PolicyChangeDto[] Interventions,
    [property: Id(4)] int FromWeek = 0,
    [property: Id(5)] int Round = 0,
    [property: Id(6)] int Generation = 0)
{
    /// <summary>Weeks in the block.</summary>
    public int Weeks => Conditions.Length;
}
