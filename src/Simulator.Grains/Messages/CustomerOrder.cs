using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// What a shard tells one customer for a block of consecutive weeks: the first week, the market
/// conditions and the customer's mail of every week of the block as known in this round, and the policy
/// changes in force (the brands' responses and the changes made while the run was going, the web
/// explorer's sliders, applied on top of the scenario's schedule). The customer runs the block from its
/// state at the block's start; what it gives back starts at <see cref="FromWeek"/> (0 in a block's first
/// round; later, the first week whose inputs turned out different: the weeks before come out as they did,
/// since they read nothing that changed). <see cref="Before"/> says how the weeks from there ran last time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOrder(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] BrandConditions[][] Conditions,
    [property: Id(2)] WordOfMouth[][] Inboxes,
    [property: Id(3)] PolicyChangeDto[] Interventions,
    [property: Id(4)] int FromWeek = 0,
    [property: Id(5)] int Round = 0,
    [property: Id(6)] int Generation = 0,
    [property: Id(7)] CustomerReplay? Before = null)
{
    /// <summary>Weeks in the block.</summary>
    public int Weeks => Conditions.Length;
}
