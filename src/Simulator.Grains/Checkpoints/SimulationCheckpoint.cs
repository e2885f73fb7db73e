using Simulator.Grains.Messages;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Checkpoints;

/// <summary>
/// A replicate as it stood before week <paramref name="Tick"/>, from the simulation's side: enough to
/// rebuild the market's recent history and to tell the shards which of their slots to restore.
/// </summary>
/// <param name="Spec">The replicate's run specification.</param>
/// <param name="Tick">The next week to run.</param>
/// <param name="Slot">The shards' slot holding the same week.</param>
/// <param name="Interventions">Policy changes made during the run so far.</param>
/// <param name="Before">What was observed before the first (burn-in) week.</param>
/// <param name="Recent">The merged aggregates of the weeks just before <paramref name="Tick"/> (as many as the information lag, fewer at the start).</param>
/// <param name="ShardSilos">Where each shard ran when the checkpoint was taken.</param>
/// <param name="Responses">Every response the brands decided before <paramref name="Tick"/>, in order (some may still wait to act).</param>
/// <param name="BlockWeeks">The block length chosen for the next block (<see cref="Simulations.BlockLength"/>): a resume or a fork goes on from it rather than climbing again.</param>
[GenerateSerializer, Immutable]
public sealed record SimulationCheckpoint(
    [property: Id(0)] RunSpec Spec,
    [property: Id(1)] int Tick,
    [property: Id(2)] int Slot,
    [property: Id(3)] PolicyChangeDto[] Interventions,
    [property: Id(4)] TickAggregate Before,
    [property: Id(5)] TickAggregate[] Recent,
    [property: Id(6)] string[] ShardSilos,
    [property: Id(7)] BrandResponseDto[] Responses,
    [property: Id(8)] int BlockWeeks = 0);
