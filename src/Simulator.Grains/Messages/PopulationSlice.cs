using Simulator.Model.Market;

namespace Simulator.Grains.Messages;

/// <summary>
/// What a shard shows of its customers for a population view: their attribute bytes after the last
/// week run (<see cref="Simulator.Model.Metrics.Population.PopulationFrame.Cells"/>) and the word of
/// mouth they sent that week.
/// </summary>
/// <param name="First">The shard's first customer id.</param>
/// <param name="Cells">The attribute bytes of the shard's customers, attribute by attribute.</param>
/// <param name="Sent">The word of mouth the shard's customers sent in the last week run.</param>
[GenerateSerializer, Immutable]
public sealed record PopulationSlice(
    [property: Id(0)] int First,
    [property: Id(1)] byte[] Cells,
    [property: Id(2)] WordOfMouth[] Sent);
