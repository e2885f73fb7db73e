using Simulator.Grains.Hosting;
using Simulator.Grains.Shards;
using Xunit;

namespace Simulator.Grains.Tests.Hosting;

public class OptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(CustomerSimulationOptionsValidator.Problems(new CustomerSimulationOptions()));
        Assert.True(CustomerSimulationOptions.DefaultCollectionAge > TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Impossible_settings_are_named_with_their_allowed_values()
    {
        var problems = CustomerSimulationOptionsValidator.Problems(new CustomerSimulationOptions
        {
            ShardSize = 0,
            ActivationBatchSize = -1,
            CollectionAge = TimeSpan.FromSeconds(5),
        }).ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains("ShardSize is 0; allowed: 1 to 1000000.", problems);
        Assert.Contains(problems, p => p.StartsWith("ActivationBatchSize is -1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CollectionAge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1000, 100, 10, 999, 9, 900, 100)]
    [InlineData(1001, 100, 11, 1000, 10, 1000, 1)]
    [InlineData(50, 100, 1, 49, 0, 0, 50)]
    public void Shards_own_contiguous_ranges(int customers, int size, int shards, int customer, int shard, int first, int count)
    {
        var layout = new ShardLayout(customers, size);
        Assert.Equal(shards, layout.Count);
        Assert.Equal(shard, layout.ShardOf(customer));
        Assert.Equal((first, count), layout.RangeOf(layout.Count - 1));
    }
}
