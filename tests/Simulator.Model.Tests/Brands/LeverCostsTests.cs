using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Brands;

public class LeverCostsTests
{
    private static readonly MarketParameters Market = MarketParameters.Default;

    private static LeverCostBreakdown At(Lever lever, double value) =>
        LeverCosts.PerCustomerWeek(BrandPolicy.Default.With(lever, value), Market);

    [Theory]
    [InlineData(Lever.ProblemPrevention)]
    [InlineData(Lever.ProductQuality)]
    [InlineData(Lever.ServiceEmpathy)]
    [InlineData(Lever.TailoredOffers)]
    [InlineData(Lever.DataHarvesting)]
    public void Each_levers_cost_rises_with_the_lever(Lever lever)
    {
        var costs = Enumerable.Range(0, 11).Select(i => At(lever, i / 10.0).Total).ToArray();

        Assert.All(costs.Zip(costs.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{lever}: {pair.First} then {pair.Second}"));
    }

    private static double Premium(Lever lever, double value) =>
        LeverCosts.ServiceSlotPremium(BrandPolicy.Default.With(lever, value), Market);

    [Fact]
    public void Better_resolution_and_less_effort_make_a_service_slot_dearer()
    {
        var byResolution = Enumerable.Range(0, 11).Select(i => Premium(Lever.FirstContactResolution, i / 10.0)).ToArray();
        var byEffort = Enumerable.Range(0, 11).Select(i => Premium(Lever.ServiceEffort, 1 - i / 10.0)).ToArray();

        Assert.All(byResolution.Zip(byResolution.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.All(byEffort.Zip(byEffort.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.Equal(0, LeverCosts.ServiceSlotPremium(BrandPolicy.Default.With(Lever.FirstContactResolution, 0).With(Lever.ServiceEffort, 1), Market));
    }

    [Theory]
    [InlineData(Lever.ProblemPrevention)]
    [InlineData(Lever.ProductQuality)]
    public void The_last_tenth_prevented_or_of_quality_costs_nineteen_times_the_first(Lever lever)
    {
        double Cost(double v) => At(lever, v).Total - At(lever, 0).Total;

        Assert.Equal(19, (Cost(1) - Cost(0.9)) / Cost(0.1), 9);
    }

    [Fact]
    public void The_costs_are_the_documented_formulas()
    {
        var policy = BrandPolicy.Default;
        var costs = LeverCosts.PerCustomerWeek(policy, Market);

        Assert.Equal(1.0 * 0.3 * 0.3, costs.Prevention, 12);
        Assert.Equal(2.0 * 0.72 * 0.72, costs.Quality, 12);
        // The slot premium: resolutionPremium 1 x FCR 0.6² + effortPremium 0.5 x (1 - effort 0.5)².
        Assert.Equal(1.0 * 0.6 * 0.6 + 0.5 * 0.5 * 0.5, LeverCosts.ServiceSlotPremium(policy, Market), 12);
        Assert.Equal(0.2 * 0.5, costs.Empathy, 12);
        Assert.Equal(0.2 * 0.3, costs.Tailoring, 12);
        Assert.Equal(0.1 * 0.3, costs.Harvesting, 12);
    }

    [Fact]
    public void A_run_pays_the_unit_and_lever_costs_of_every_customer_week_it_bills_and_each_replaced_defect()
    {
        // No termination fees in baseline: every unit of revenue is a week's price for one customer.
        var scenario = ShippedScenarios.Load("baseline").WithRun(customers: 400, weeks: 12, burnInWeeks: 4, replicates: 1);
        var focal = scenario.Brands[0].Policy;
        var perWeek = LeverCosts.PerCustomerWeek(focal, scenario.Market).Total;
        // The premium on the service slots the budget buys, billed per person of the market (in fixed point) whatever the customers do.
        var slots = FixedPoint.ToDouble(FixedPoint.From(RelationshipBudget.ServicePerPersonWeek(focal) * LeverCosts.ServiceSlotPremium(focal, scenario.Market))) * scenario.Customers;

        var withoutReplacements = Runs.FocalRows(Runs.Reference(ScenarioParameters.With(scenario, "policy.defectGenerosity", 0)));
        foreach (var row in withoutReplacements)
        {
            var billed = (row.Revenue - row.TerminationFees) / focal.Price;
            Assert.Equal(scenario.Market.UnitCost * billed, row.UnitCost, 6);
            Assert.Equal(perWeek * billed + slots, row.LeverCost, 6);
            Assert.Equal(row.Revenue - row.AcquisitionCost - row.ServiceCost - row.LeverCost - row.UnitCost, row.Profit, 9);
        }

        // Every replaced defect adds its cost: with full generosity every incident is replaced (and counted as resolved).
        var generous = ScenarioParameters.With(ScenarioParameters.With(scenario, "policy.defectGenerosity", 1), "policy.relationshipBudget", 0);
        foreach (var row in Runs.FocalRows(Runs.Reference(generous)))
        {
            var billed = (row.Revenue - row.TerminationFees) / focal.Price;
            var slotless = LeverCosts.PerCustomerWeek(generous.Brands[0].Policy, generous.Market).Total;
            Assert.Equal(slotless * billed + scenario.Market.CostPerReplacedDefect * row.Incidents, row.LeverCost, 6);
        }
    }
}
