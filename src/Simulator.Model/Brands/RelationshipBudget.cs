using Simulator.Model.Customers;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Brands;

/// <summary>
/// A brand's relationship budget and how <see cref="BrandPolicy.AcquisitionFocus"/> splits it
/// (docs/economics.md): money per week per 1,000 people in the market, of which the focus share buys
/// advertising impressions (the weekly reach, Bass's p) and the rest buys service capacity. The money
/// is the same whatever the split, so acquisition against retention is a choice about money (Franz).
/// </summary>
public static class RelationshipBudget
{
    /// <summary>The budget is stated per this many people in the market.</summary>
    public const double PeoplePerBudgetUnit = 1000;

    /// <summary>What the brand spends on advertising per person in the market per week.</summary>
    public static double AdvertisingPerPersonWeek(BrandPolicy policy) =>
        policy.RelationshipBudget * policy.AcquisitionFocus / PeoplePerBudgetUnit;

    /// <summary>What the brand spends on service capacity per person in the market per week.</summary>
    public static double ServicePerPersonWeek(BrandPolicy policy) =>
        policy.RelationshipBudget * (1 - policy.AcquisitionFocus) / PeoplePerBudgetUnit;

    /// <summary>The weekly probability that the brand's advertising reaches a person: impressions bought per person, at most 1.</summary>
    public static double AdvertisingReach(BrandPolicy policy, MarketParameters market) =>
        Bought(AdvertisingPerPersonWeek(policy), market.CostPerImpression, 1);

    /// <summary>Service contacts the brand can handle per week in a market of <paramref name="population"/> people.</summary>
    public static double ServiceCapacity(BrandPolicy policy, MarketParameters market, int population) =>
        Bought(ServicePerPersonWeek(policy) * population, market.CostPerServiceContact, double.PositiveInfinity);

    /// <summary>
    /// Bills a week of every brand's budget to <paramref name="week"/>, the week's aggregate: each person of the
    /// market is billed one person-week of it, its advertising to acquisition cost, its service capacity to
    /// service cost, and the premium on those service slots for resolution and low effort
    /// (<see cref="LeverCosts.ServiceSlotPremium"/>) to lever cost, so a brand pays its whole budget whatever its
    /// customers do. Billed per segment as the people in it times one person-week's amount in fixed point: the
    /// sum of billing each person, exactly (an integer times an integer), without a recorded entry per person.
    /// Every engine bills a week once, when it records it (<see cref="Engine.MarketHistory.Record"/>).
    /// </summary>
    public static void Bill(TickAggregate week, IReadOnlyList<BrandPolicy> policies, MarketParameters market)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(policies);
        for (var b = 0; b < policies.Count; b++)
        {
            var policy = policies[b];
            if (policy.RelationshipBudget <= 0)
            {
                continue;
            }

            var service = ServicePerPersonWeek(policy);
            var advertising = FixedPoint.From(AdvertisingPerPersonWeek(policy));
            var serviceCost = FixedPoint.From(service);
            var premium = FixedPoint.From(service * LeverCosts.ServiceSlotPremium(policy, market));
            for (var s = 0; s < week.Segments; s++)
            {
                var people = week.People(s);
                week.AddFixed(b, s, Counter.AcquisitionCost, people * advertising);
                week.AddFixed(b, s, Counter.ServiceCost, people * serviceCost);
                week.AddFixed(b, s, Counter.LeverCost, people * premium);
            }
        }
    }

    // Spending on something free buys as much as there is to buy; spending nothing buys nothing.
    private static double Bought(double spend, double unitCost, double most)
    {
        if (spend <= 0)
        {
            return 0;
        }

        return unitCost <= 0 ? most : Math.Min(most, spend / unitCost);
    }
}
