namespace Simulator.Grains.Messages;

/// <summary>One replicate of one run: the scenario, which replicate, and how customers are split into shards.</summary>
/// <param name="RunId">Unique id of the run (names the grains, never enters the model).</param>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Scenario">The scenario as run.</param>
/// <param name="ShardSize">Customers per shard.</param>
[GenerateSerializer, Immutable]
public sealed record RunSpec(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Replicate,
    [property: Id(2)] ScenarioDto Scenario,
    [property: Id(3)] int ShardSize)
{
    /// <summary>The key extension shared by every grain of this replicate.</summary>
    public string Key => RunKeys.Of(RunId, Replicate);

    /// <summary>Number of shards.</summary>
    public int ShardCount => (Scenario.Customers + ShardSize - 1) / ShardSize;
}
