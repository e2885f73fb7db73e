using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

public class LeaversTests
{
    private static readonly Simulator.Model.Scenarios.Scenario Market = TestScenarios.Market(customers: 1200, weeks: 60, burnInWeeks: 10);

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_leaver_was_a_customer_of_the_brand_in_the_run_and_is_not_at_the_end()
    {
        var leavers = Leavers.Of(Market, brand: 0);

        Assert.NotEmpty(leavers);
        Assert.Equal(leavers.Order(), leavers);
        foreach (var id in leavers.Take(25))
        {
            var life = CustomerBiography.Of(Market, id);
            Assert.Contains(life.Weeks, w => w.After.IsCustomer && w.After.Brand == 0);
            var end = life.Weeks[^1].After;
            Assert.False(end.IsCustomer && end.Brand == 0);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Customers_who_stayed_or_never_came_are_not_leavers()
    {
        var leavers = Leavers.Of(Market, brand: 0).ToHashSet();
        var stepper = ReplicateStepper.Start(Market, 0);
        stepper.RunToEnd();
        var end = stepper.Customers.ToArray();

        var stayed = Enumerable.Range(0, Market.Customers).Where(i => end[i].IsCustomer && end[i].Brand == 0).ToList();
        Assert.NotEmpty(stayed);
        Assert.DoesNotContain(stayed, leavers.Contains);
        var never = Enumerable.Range(0, Market.Customers).Where(i => CustomerBiography.Of(Market, i).Weeks.All(w => !(w.After.IsCustomer && w.After.Brand == 0))).Take(5).ToList();
        Assert.DoesNotContain(never, leavers.Contains);
    }
}
