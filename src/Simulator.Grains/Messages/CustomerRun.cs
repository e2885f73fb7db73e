namespace Simulator.Grains.Messages;

/// <summary>
/// What a customer's weeks from <see cref="CustomerOrder.FromWeek"/> on produce now, and, when they were run
/// before in this block, what they produced then (null in a block's first round).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerRun(
    [property: Id(0)] CustomerOutcome Now,
    [property: Id(1)] CustomerOutcome? Before);
