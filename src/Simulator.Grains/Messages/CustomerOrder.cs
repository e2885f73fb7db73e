using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// What a shard tells one customer for a block of consecutive weeks: the first week, and for each
/// week the market conditions and the customer's mail. A block is at most the information lag long,
/// so everything it needs is known when it starts. Interventions are policy changes made while the
/// run was going (the web explorer's sliders): they apply on top of the scenario's schedule.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOrder(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] BrandConditions[][] Conditions,
    [property: Id(2)] WordOfMouth[][] Inboxes,
    [property: Id(3)] PolicyChangeDto[] Interventions)
{
    /// <summary>Weeks in the block.</summary>
    public int Weeks => Conditions.Length;
}
