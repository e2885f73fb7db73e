using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Hosting;

/// <summary>A client of a cluster whose membership is in Redis: runs go to its silos instead of an embedded one.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    /// <summary>How long to look for a silo before saying there is none (Orleans would keep retrying for minutes).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The cluster client.</summary>
    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Connects; throws <see cref="ClusterUnavailableException"/> with a plain sentence when Redis or every silo is unreachable.</summary>
    public static async Task<ClusterClient> ConnectAsync(RedisClusterOptions cluster, bool verbose, CancellationToken cancellationToken = default)
    {
        if (await RedisProbe.ProblemAsync(cluster.Redis) is { } problem)
        {
            throw new ClusterUnavailableException(problem);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.UseCxsimConsole(verbose);

        builder.UseOrleansClient(client => client.UseRedisCluster(cluster));
        var host = builder.Build();
        using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connecting.CancelAfter(ConnectTimeout);
        try
        {
            await host.StartAsync(connecting.Token);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"no silo of cluster '{cluster.ClusterId}' (service '{cluster.ServiceId}') answers; the membership table is in Redis at {cluster.Redis}. " +
                $"Start one with 'cxsim silo --redis {cluster.Redis} --cluster-id {cluster.ClusterId}'. " +
                (e is OperationCanceledException ? $"(None found within {ConnectTimeout.TotalSeconds:0} s.)" : $"({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})"));
        }

        return new ClusterClient(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
