using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Persistence;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Simulator.Grains.Hosting;

/// <summary>Joins silos and clients to a cluster whose membership lives in Redis (Orleans' own Redis providers).</summary>
public static class RedisClusterExtensions
{
    /// <summary>
    /// Name of the grain storage that holds checkpoints (Redis in a cluster, memory when embedded).
    /// Always Orleans' own binary serializer: checkpoints are large and full of structs, not JSON material.
    /// </summary>
    public const string CheckpointStorage = "checkpoints";

    /// <summary>How long a client waits for one grain call: a week of a million customers takes seconds, never minutes.</summary>
    public static readonly TimeSpan ClientResponseTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Joins the cluster of <paramref name="cluster"/> as a silo listening on
    /// <paramref name="address"/> (also advertised to the others), with checkpoint storage in the
    /// same Redis. A dead silo is declared dead in about two seconds, so a run stops quickly.
    /// </summary>
    public static ISiloBuilder UseRedisCluster(this ISiloBuilder builder, RedisClusterOptions cluster, IPAddress address, int siloPort, int gatewayPort)
    {
        builder.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(cluster.Redis));
        builder.Configure<ClusterOptions>(o => Name(o, cluster));
        builder.AddRedisGrainStorage(CheckpointStorage, (OptionsBuilder<RedisStorageOptions> storage) => storage.Configure<Serializer>((o, serializer) =>
        {
            o.ConfigurationOptions = ConfigurationOptions.Parse(cluster.Redis);
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);

            // A finished replicate's checkpoints go away with it, instead of filling Redis.
            o.DeleteStateOnClear = true;
        }));
        builder.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = address;
            o.SiloPort = siloPort;
            o.GatewayPort = gatewayPort;
            o.SiloListeningEndpoint = new IPEndPoint(address, siloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(address, gatewayPort);
        });
        builder.Configure<ClusterMembershipOptions>(o =>
        {
            // A killed silo refuses connections at once: two missed one-second probes are proof enough.
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
        return builder;
    }

    /// <summary>
    /// Keeps checkpoints in this silo's memory (the embedded silo and tests): they survive grain
    /// deactivation, not the silo.
    /// </summary>
    public static ISiloBuilder AddMemoryCheckpoints(this ISiloBuilder builder) =>
        builder.AddMemoryGrainStorage(CheckpointStorage, (OptionsBuilder<MemoryGrainStorageOptions> storage) =>
            storage.Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));

    /// <summary>Connects a client to the cluster of <paramref name="cluster"/>.</summary>
    public static IClientBuilder UseRedisCluster(this IClientBuilder builder, RedisClusterOptions cluster)
    {
        builder.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(cluster.Redis));
        builder.Configure<ClusterOptions>(o => Name(o, cluster));
        builder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ClientResponseTimeout);
        builder.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
        return builder;
    }

    private static void Name(ClusterOptions options, RedisClusterOptions cluster)
    {
        options.ClusterId = cluster.ClusterId;
        options.ServiceId = cluster.ServiceId;
    }
}
