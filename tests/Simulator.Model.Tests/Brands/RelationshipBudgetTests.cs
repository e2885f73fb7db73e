using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Brands;

public class RelationshipBudgetTests
{
    private static readonly MarketParameters Market = MarketParameters.Default;

    private static BrandPolicy Focused(double focus, double budget = 135) =>
        BrandPolicy.Default.With(Lever.AcquisitionFocus, focus).With(Lever.RelationshipBudget, budget);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.85)]
    [InlineData(1.0)]
    public void Acquisition_focus_moves_money_between_winning_and_serving_without_changing_how_much(double focus)
    {
        var policy = Focused(focus);

        Assert.Equal(135 / 1000.0, RelationshipBudget.AdvertisingPerPersonWeek(policy) + RelationshipBudget.ServicePerPersonWeek(policy), 12);
        Assert.Equal(135 * focus / 1000.0, RelationshipBudget.AdvertisingPerPersonWeek(policy), 12);
    }

    [Fact]
    public void The_budget_buys_reach_at_the_cost_of_an_impression_and_capacity_at_the_cost_of_a_contact()
    {
        var balanced = Focused(0.5);

        // 67.5 per 1,000 people a week at 17 an impression: 0.397% of people reached a week.
        Assert.Equal(67.5 / 1000 / 17, RelationshipBudget.AdvertisingReach(balanced, Market), 12);
        // 67.5 per 1,000 people a week at 6 a contact: 11.25 contacts per 1,000 people, 30 per 1,000 customers at a share of 0.375.
        Assert.Equal(112.5, RelationshipBudget.ServiceCapacity(balanced, Market, 10000), 9);
        Assert.Equal(30, RelationshipBudget.ServiceCapacity(balanced, Market, 10000) / 3750 * 1000, 9);
    }

    [Fact]
    public void More_acquisition_focus_buys_more_reach_and_less_service_in_proportion()
    {
        var balanced = Focused(0.5);
        var focused = Focused(0.85);

        Assert.Equal(0.85 / 0.5, RelationshipBudget.AdvertisingReach(focused, Market) / RelationshipBudget.AdvertisingReach(balanced, Market), 9);
        Assert.Equal(0.15 / 0.5, RelationshipBudget.ServiceCapacity(focused, Market, 1000) / RelationshipBudget.ServiceCapacity(balanced, Market, 1000), 9);
    }

    [Fact]
    public void Reach_is_a_probability_no_budget_buys_nothing_and_free_service_is_unlimited()
    {
        Assert.Equal(1, RelationshipBudget.AdvertisingReach(Focused(1, 100000), Market));
        Assert.Equal(0, RelationshipBudget.AdvertisingReach(Focused(0.5, 0), Market));
        Assert.Equal(0, RelationshipBudget.ServiceCapacity(Focused(0.5, 0), Market, 1000));
        var free = new MarketParameters(Market.ToArray().Select((v, i) => i == (int)MarketParameter.CostPerServiceContact ? 0 : v).ToArray());
        Assert.True(double.IsPositiveInfinity(RelationshipBudget.ServiceCapacity(Focused(0.5), free, 1000)));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.85)]
    public void A_run_pays_the_whole_budget_every_week_whatever_its_customers_do(double focus)
    {
        var scenario = ScenarioParameters.With(
            ShippedScenarios.Load("baseline").WithRun(customers: 400, weeks: 12, burnInWeeks: 4, replicates: 1),
            "policy.acquisitionFocus", focus);
        var policy = scenario.Brands[0].Policy;
        var market = scenario.Market;
        // Billed per person of the market, in fixed point.
        var advertising = FixedPoint.ToDouble(FixedPoint.From(RelationshipBudget.AdvertisingPerPersonWeek(policy))) * scenario.Customers;
        var service = FixedPoint.ToDouble(FixedPoint.From(RelationshipBudget.ServicePerPersonWeek(policy))) * scenario.Customers;

        foreach (var row in Runs.FocalRows(Runs.Reference(scenario)))
        {
            var perEvent = market.CostPerAcquisition * row.Acquisitions + market.CostPerMarketingContact * row.MarketingContacts;
            Assert.Equal(advertising + perEvent, row.AcquisitionCost, 6);
            Assert.Equal(service + market.CostPerFeedbackAction * row.FeedbackActed, row.ServiceCost, 6);
        }

        Assert.Equal(scenario.Customers * 135 / 1000.0, advertising + service, 9);
    }
}
