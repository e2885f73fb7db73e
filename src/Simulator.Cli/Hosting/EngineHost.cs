using Simulator.Grains.Engine;
using Simulator.Grains.Hosting;
using Simulator.Model.Engine;

namespace Simulator.Cli.Hosting;

/// <summary>Provides the chosen engine for the length of some work: the embedded silo (or a cluster client) is started once and stopped after.</summary>
public static class EngineHost
{
    /// <summary>
    /// Runs <paramref name="work"/> with the engine <paramref name="engine"/>: the Orleans engine
    /// on an embedded silo, or on the cluster of <paramref name="cluster"/> when given.
    /// <paramref name="onPlacement"/> hears where each replicate's shards run, <paramref name="onRecovery"/>
    /// of every resume after a lost silo.
    /// </summary>
    public static async Task<T> WithEngineAsync<T>(
        EngineKind engine,
        bool verbose,
        Func<ISimulationEngine, Task<T>> work,
        RedisClusterOptions? cluster = null,
        Action<IReadOnlyList<string>>? onPlacement = null,
        Action<string>? onRecovery = null)
    {
        if (engine == EngineKind.Reference)
        {
            return await work(new ReferenceEngine());
        }

        if (cluster is not null)
        {
            await using var client = await ClusterClient.ConnectAsync(cluster, verbose);
            return await work(new OrleansEngine(client.Client, onPlacement, onRecovery));
        }

        return await WithSiloAsync(verbose, silo => work(new OrleansEngine(silo.Client, onPlacement, onRecovery)));
    }

    /// <summary>
    /// What is wrong with running <paramref name="engine"/> on <paramref name="cluster"/> (a bad option, or the
    /// reference engine asked for on a cluster), or null; every command that takes --redis asks here.
    /// </summary>
    public static string? ClusterProblem(EngineKind engine, RedisClusterOptions? cluster) =>
        cluster is null ? null
        : cluster.Problems().FirstOrDefault()
          ?? (engine == EngineKind.Reference ? "--redis runs the Orleans engine on a cluster; it cannot be combined with --engine reference." : null);

    /// <summary>Runs <paramref name="work"/> with an embedded silo started for it and stopped after.</summary>
    public static async Task<T> WithSiloAsync<T>(bool verbose, Func<EmbeddedSilo, Task<T>> work, Action<CustomerSimulationOptions>? configure = null)
    {
        await using var silo = await EmbeddedSilo.StartAsync(verbose, CancellationToken.None, configure);
        return await work(silo);
    }
}
