using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Simulator.Grains.Runs;

namespace Simulator.Grains.Hosting;

/// <summary>Adds the customer simulation to an Orleans silo.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>The configuration section holding <see cref="CustomerSimulationOptions"/>.</summary>
    public const string ConfigurationSection = "CustomerSimulation";

    /// <summary>
    /// Registers the customer, shard and simulation grains' services, validates
    /// <see cref="CustomerSimulationOptions"/>, and raises grain collection age and response timeout
    /// to the options' values so long runs are neither collected nor timed out. The options are read
    /// from the configuration section "CustomerSimulation" (so environment variables such as
    /// CustomerSimulation__ShardSize=500 tune a silo without rebuilding), then <paramref name="configure"/>.
    /// </summary>
    public static ISiloBuilder AddCustomerSimulation(this ISiloBuilder builder, Action<CustomerSimulationOptions>? configure = null)
    {
        var options = builder.Services.AddOptions<CustomerSimulationOptions>().Bind(builder.Configuration.GetSection(ConfigurationSection));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.AddSingleton<RunRegistry>();
        builder.Services.AddSingleton<IConfigurationValidator, CustomerSimulationOptionsValidator>();
        builder.Services.AddOptions<GrainCollectionOptions>()
            .Configure<IOptions<CustomerSimulationOptions>>((collection, simulation) => collection.CollectionAge = simulation.Value.CollectionAge);
        builder.Services.AddOptions<SiloMessagingOptions>()
            .Configure<IOptions<CustomerSimulationOptions>>((messaging, simulation) => messaging.ResponseTimeout = simulation.Value.ResponseTimeout);
        return builder;
    }

    /// <summary>
    /// A one-silo cluster private to this process: localhost clustering on free ports, in-memory
    /// grain storage. The embedded default of every command; needs no server.
    /// </summary>
    public static ISiloBuilder UseEmbeddedCluster(this ISiloBuilder builder) => builder
        .UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next(), serviceId: "cxsim", clusterId: "cxsim-embedded-" + Environment.ProcessId)
        .AddMemoryGrainStorageAsDefault()
        .AddMemoryCheckpoints();
}
