using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>What one customer's week produced: its state at the end (to be observed), its metric contributions and its word of mouth.</summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOutcome(
    [property: Id(0)] CustomerState State,
    [property: Id(1)] CounterEntry[] Counters,
    [property: Id(2)] TouchpointEntry[] Touchpoints,
    [property: Id(3)] WordOfMouth[] Sent);
