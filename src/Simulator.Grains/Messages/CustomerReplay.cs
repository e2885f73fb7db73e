using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// How a customer's weeks from <see cref="CustomerOrder.FromWeek"/> on ran the last time, so that it can run
/// them once more exactly as then and give back what they produced (which the shard takes out of its
/// aggregates and its word of mouth), instead of anyone keeping every week's outcome: the round whose
/// conditions and changes each week used, those of every round so far, and the mail each week heard.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerReplay(
    [property: Id(0)] byte[] Rounds,
    [property: Id(1)] BrandConditions[][][] RoundConditions,
    [property: Id(2)] PolicyChangeDto[][] RoundChanges,
    [property: Id(3)] WordOfMouth[][] Inboxes);
