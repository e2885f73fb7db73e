using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// Everything one customer sent in one week to customers of one shard, replacing what it was known
/// to have sent before (a week run again may say something else, or nothing).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MailUpdate(
    [property: Id(0)] int Tick,
    [property: Id(1)] int Sender,
    [property: Id(2)] WordOfMouth[] Messages);
