using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Simulator.Grains.Hosting;
using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;

namespace Simulator.Benchmarks;

/// <summary>A week of customer grains on an in-process silo: simulation grain, shards and one call per customer.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class GrainTickBenchmarks
{
    private Microsoft.Extensions.Hosting.IHost _host = null!;
    private ISimulationGrain _simulation = null!;

    /// <summary>Customer grains.</summary>
    [Params(10_000, 100_000)]
    public int Customers { get; set; }

    /// <summary>Weeks per grain call (the information lag).</summary>
    [Params(1, 4)]
    public int WeeksPerCall { get; set; }

    /// <summary>Starts a silo and activates the customers.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(FreePort(), FreePort()).AddCustomerSimulation());
        _host = builder.Build();
        await _host.StartAsync();
        var scenario = Model.Scenarios.ScenarioParameters.With(BenchmarkScenarios.Baseline(Customers), "market.informationLagWeeks", WeeksPerCall);
        _simulation = _host.Services.GetRequiredService<IClusterClient>().GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        await _simulation.BeginReplicateAsync(ScenarioDto.From(scenario), 0);
    }

    /// <summary>One block of weeks on every customer grain.</summary>
    [Benchmark]
    public async Task<int> OneBlock() => (await _simulation.AdvanceAsync()).Weeks.Length;

    /// <summary>Stops the silo.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _simulation.EndReplicateAsync();
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
