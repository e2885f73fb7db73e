using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>Word of mouth sent in one week to customers of one shard.</summary>
[GenerateSerializer, Immutable]
public sealed record TimedMail(
    [property: Id(0)] int Tick,
    [property: Id(1)] WordOfMouth[] Messages);
