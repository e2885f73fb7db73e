using Simulator.Grains.Messages;
using Simulator.Model.Customers;

namespace Simulator.Grains.Checkpoints;

/// <summary>A shard as it stood before week <paramref name="Tick"/>: its customers and the word of mouth not yet heard.</summary>
/// <param name="Tick">The next week to run.</param>
/// <param name="Customers">Every customer of the shard, in id order.</param>
/// <param name="Mail">Word of mouth delivered to the shard and not yet heard, by week sent.</param>
[GenerateSerializer, Immutable]
public sealed record ShardCheckpoint(
    [property: Id(0)] int Tick,
    [property: Id(1)] CustomerState[] Customers,
    [property: Id(2)] TimedMail[] Mail);
