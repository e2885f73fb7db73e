using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// What a shard tells one customer for a block of consecutive weeks: the first week, and for each
/// week the market conditions and the customer's mail. A block is at most the information lag long,
/// so everything it needs is known when it starts.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOrder(
    [property: Id(0)] int FirstTick,
    [property: Id(1)] BrandConditions[][] Conditions,
    [property: Id(2)] WordOfMouth[][] Inboxes)
{
    /// <summary>Weeks in the block.</summary>
    public int Weeks => Conditions.Length;
}
