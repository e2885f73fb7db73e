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
    public void Acquisition_focus_buys_less_service_capacity()
    {
        var balanced = MarketState.Capacity(BrandPolicy.Default, 1000);
        var focused = MarketState.Capacity(BrandPolicy.Default.With(Lever.AcquisitionFocus, 0.9), 1000);
        Assert.Equal(BrandPolicy.Default.ServiceCapacity, balanced, 10);
        Assert.Equal(balanced * 0.2, focused, 10);
    }
}
