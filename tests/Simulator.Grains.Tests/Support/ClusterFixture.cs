using Orleans.TestingHost;
using Simulator.Grains.Hosting;
using Xunit;

namespace Simulator.Grains.Tests.Support;

/// <summary>One in-process Orleans cluster shared by every grain test (Orleans.TestingHost's modern builder).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Small shards, so that even small test populations span several shards and word of mouth crosses them.</summary>
    public const int ShardSize = 97;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddCustomerSimulation(o =>
        {
            o.ShardSize = ShardSize;
            o.ActivationBatchSize = 40;
            o.ShardInitializationConcurrency = 3;
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
