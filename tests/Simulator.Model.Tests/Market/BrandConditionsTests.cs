using Simulator.Model.Brands;
using Simulator.Model.Market;
using Xunit;

namespace Simulator.Model.Tests.Market;

public class BrandConditionsTests
{
    [Theory]
    [InlineData(50, 100.0, 0.0)]
    [InlineData(100, 100.0, 0.0)]
    [InlineData(150, 100.0, 0.5)]
    [InlineData(1000, 100.0, 3.0)]
    [InlineData(1, 0.0, 3.0)]
    [InlineData(0, 0.0, 0.0)]
    public void Overload_is_demand_above_capacity_capped(long demand, double capacity, double overload) =>
        Assert.Equal(overload, BrandConditions.From(demand, capacity, 10, 100).Overload, 10);

    [Fact]
    public void A_brand_that_grows_on_the_same_budget_is_overloaded_sooner()
    {
        var market = Simulator.Model.Scenarios.MarketParameters.Default;
        var capacity = RelationshipBudget.ServiceCapacity(BrandPolicy.Default, market, 10000);
        // The same weekly demand of 4 contacts per 100 customers, from 2,000 and then 4,000 customers.
        var small = BrandConditions.From(80, capacity, 2000, 10000);
        var large = BrandConditions.From(160, capacity, 4000, 10000);

        Assert.Equal(0, small.Overload);
        Assert.Equal(160 / capacity - 1, large.Overload, 10);
        Assert.True(large.Overload > 0);
    }
}
