using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Hosting;

/// <summary>A silo of a cluster whose membership is in Redis, optionally with the Orleans Dashboard on 127.0.0.1.</summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, Uri? dashboard)
    {
        _host = host;
        Dashboard = dashboard;
    }

    /// <summary>The silo's address as Orleans names it, e.g. S127.0.0.1:11111:154602826.</summary>
    public string Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString();

    /// <summary>The dashboard's address, when enabled.</summary>
    public Uri? Dashboard { get; }

    /// <summary>
    /// Starts a silo listening on <paramref name="address"/> (silo and gateway ports), joined to
    /// <paramref name="cluster"/>; with <paramref name="dashboardPort"/>, the dashboard listens on
    /// 127.0.0.1 at that port; <paramref name="checkpointIntervalWeeks"/>, when given, overrides the
    /// configured CustomerSimulation:CheckpointIntervalWeeks. Throws <see cref="ClusterUnavailableException"/>
    /// when Redis does not answer.
    /// </summary>
    public static async Task<ClusterSilo> StartAsync(RedisClusterOptions cluster, IPAddress address, int siloPort, int gatewayPort, int? dashboardPort, int? checkpointIntervalWeeks, bool verbose, CancellationToken cancellationToken)
    {
        Action<CustomerSimulationOptions> configure = o => o.CheckpointIntervalWeeks = checkpointIntervalWeeks ?? o.CheckpointIntervalWeeks;
        if (await RedisProbe.ProblemAsync(cluster.Redis) is { } problem)
        {
            throw new ClusterUnavailableException(problem);
        }

        IHost host;
        Uri? dashboard = null;
        if (dashboardPort is { } port)
        {
            var web = WebApplication.CreateSlimBuilder();
            web.Logging.UseCxsimConsole(verbose);
            web.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
            web.UseOrleans(silo => silo.UseRedisCluster(cluster, address, siloPort, gatewayPort).AddCustomerSimulation(configure).AddDashboard());
            var app = web.Build();
            app.MapOrleansDashboard();
            host = app;
            dashboard = new Uri($"http://127.0.0.1:{port}/");
        }
        else
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Logging.UseCxsimConsole(verbose);
            builder.UseOrleans(silo => silo.UseRedisCluster(cluster, address, siloPort, gatewayPort).AddCustomerSimulation(configure));
            host = builder.Build();
        }

        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ClusterSilo(host, dashboard);
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _host.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
