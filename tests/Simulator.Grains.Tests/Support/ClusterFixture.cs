using Orleans.TestingHost;
using Simulator.Grains.Hosting;
using Xunit;

namespace Simulator.Grains.Tests.Support;

/// <summary>
/// One in-process Orleans cluster shared by the grain tests of a collection (Orleans.TestingHost's modern
/// builder), running <paramref name="blockWeeks"/> weeks per customer call.
/// </summary>
public abstract class ClusterFixtureBase(int blockWeeks) : IAsyncLifetime
{
    /// <summary>Small shards, so that even small test populations span several shards and word of mouth crosses them.</summary>
    public const int ShardSize = 97;

    public const int CheckpointIntervalWeeks = 5;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        // Checkpoints every few weeks in every test: they must never change a number.
        builder.ConfigureSilo((_, silo) => silo.AddMemoryCheckpoints().AddCustomerSimulation(o =>
        {
            o.ShardSize = ShardSize;
            o.ActivationBatchSize = 40;
            o.ShardInitializationConcurrency = 3;
            o.CheckpointIntervalWeeks = CheckpointIntervalWeeks;
            o.BlockWeeks = blockWeeks;
        }));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>
/// Blocks of <see cref="BlockWeeks"/> weeks, beyond the information lag of every shipped scenario: every test of
/// the collection runs weeks ahead on predicted inputs, and must still give the reference engine's numbers.
/// </summary>
public sealed class ClusterFixture() : ClusterFixtureBase(BlockWeeks)
{
    public const int BlockWeeks = 6;
}

/// <summary>One week per call at an information lag of one week: for tests that stop, change and resume at given weeks.</summary>
public sealed class WeekByWeekClusterFixture() : ClusterFixtureBase(1);

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

[CollectionDefinition(Name)]
public sealed class WeekByWeekClusterCollection : ICollectionFixture<WeekByWeekClusterFixture>
{
    public const string Name = "week-by-week cluster";
}
