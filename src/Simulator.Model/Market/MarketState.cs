using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Market;

/// <summary>
/// Brand-level state carried from week to week: last week's service demand against the capacity
/// the brand's budget paid for, its customer share and its process knowledge. The only channel through which the whole market
/// feeds back on each customer, and it reads only the previous tick (the barrier).
/// </summary>
public static class MarketState
{
    /// <summary>The conditions of week t from the aggregate and policies of week t - 1.</summary>
    public static BrandConditions[] Next(TickAggregate previous, IReadOnlyList<BrandPolicy> previousPolicies, MarketParameters market, int population)
    {
        var conditions = new BrandConditions[previous.Brands];
        for (var b = 0; b < previous.Brands; b++)
        {
            var customers = previous.Total(b, Measure.Onboarding) + previous.Total(b, Measure.Active);
            var demand = (previous.Total(b, Counter.ServiceContacts) + previous.Total(b, Counter.Complaints)) / FixedPoint.Scale;
            conditions[b] = BrandConditions.From(demand, RelationshipBudget.ServiceCapacity(previousPolicies[b], market, population), customers, population,
                previous.GetGauge(b, BrandGauge.ProcessKnowledge));
        }

        return conditions;
    }
}
