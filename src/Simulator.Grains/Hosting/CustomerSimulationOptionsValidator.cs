using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Simulator.Grains.Hosting;

/// <summary>Refuses to start a silo with customer simulation settings that cannot work.</summary>
public sealed class CustomerSimulationOptionsValidator(IOptions<CustomerSimulationOptions> options) : IConfigurationValidator
{
    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        foreach (var problem in Problems(options.Value))
        {
            throw new OrleansConfigurationException($"{nameof(CustomerSimulationOptions)}: {problem}");
        }
    }

    /// <summary>Every problem with <paramref name="o"/>, in words.</summary>
    public static IEnumerable<string> Problems(CustomerSimulationOptions o)
    {
        if (o.ShardSize is < 1 or > 1_000_000)
        {
            yield return $"{nameof(o.ShardSize)} is {o.ShardSize}; allowed: 1 to 1000000.";
        }

        if (o.ActivationBatchSize is < 1 or > 100_000)
        {
            yield return $"{nameof(o.ActivationBatchSize)} is {o.ActivationBatchSize}; allowed: 1 to 100000.";
        }

        if (o.ShardInitializationConcurrency is < 1 or > 10_000)
        {
            yield return $"{nameof(o.ShardInitializationConcurrency)} is {o.ShardInitializationConcurrency}; allowed: 1 to 10000.";
        }

        if (o.CollectionAge < TimeSpan.FromMinutes(1))
        {
            yield return $"{nameof(o.CollectionAge)} is {o.CollectionAge}; allowed: at least one minute.";
        }

        if (o.ResponseTimeout < TimeSpan.FromSeconds(1))
        {
            yield return $"{nameof(o.ResponseTimeout)} is {o.ResponseTimeout}; allowed: at least one second.";
        }

        if (o.CheckpointIntervalWeeks is < 0 or > Model.Scenarios.Scenario.MaxWeeks)
        {
            yield return $"{nameof(o.CheckpointIntervalWeeks)} is {o.CheckpointIntervalWeeks}; allowed: 0 (none) to {Model.Scenarios.Scenario.MaxWeeks}.";
        }

        if (o.BlockWeeks is < 0 or > CustomerSimulationOptions.BlockWeeksLimit)
        {
            yield return $"{nameof(o.BlockWeeks)} is {o.BlockWeeks}; allowed: 0 (adaptive) to {CustomerSimulationOptions.BlockWeeksLimit}.";
        }

        if (o.MaxBlockWeeks is < 1 or > CustomerSimulationOptions.BlockWeeksLimit)
        {
            yield return $"{nameof(o.MaxBlockWeeks)} is {o.MaxBlockWeeks}; allowed: 1 to {CustomerSimulationOptions.BlockWeeksLimit}.";
        }
    }
}
