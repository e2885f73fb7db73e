using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Simulator.Grains.Hosting;

namespace Simulator.Cli.Hosting;

/// <summary>
/// The embedded default: one Orleans silo in this process, localhost clustering on free ports,
/// in-memory storage, and a client inside the same host. No server to start.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    /// <summary>The cluster client of the embedded silo.</summary>
    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts the silo; Orleans logs go to the console only when <paramref name="verbose"/>; <paramref name="configure"/> changes the simulation's settings.</summary>
    public static async Task<EmbeddedSilo> StartAsync(bool verbose, CancellationToken cancellationToken = default, Action<CustomerSimulationOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.UseCxsimConsole(verbose);
        builder.UseOrleans(silo => silo.UseEmbeddedCluster().AddCustomerSimulation(configure));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
