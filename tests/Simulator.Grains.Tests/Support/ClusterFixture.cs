using Orleans.TestingHost;
using Simulator.Grains.Hosting;
using Xunit;

namespace Simulator.Grains.Tests.Support;

/// <summary>One in-process Orleans cluster shared by every grain test (Orleans.TestingHost's modern builder).</summary>
public sealed class ClusterFixture : IAsyncLifetime
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
        }));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
