using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Tests.Support;

/// <summary>Single customers and step contexts for rule-level tests.</summary>
public static class Customers
{
    /// <summary>A context for week <paramref name="tick"/> of <paramref name="scenario"/> with calm market conditions.</summary>
    public static StepContext Context(Scenario scenario, int tick = 10, BrandPolicy[]? policies = null) =>
        new(scenario, 0, tick, policies ?? scenario.CreateSchedule().PoliciesAt(tick), new BrandConditions[scenario.Brands.Count]);

    /// <summary>An active customer of brand 0 with middling traits and neutral feelings.</summary>
    public static CustomerState ActiveCustomer(int id = 1, float trust = 0.5f, float expectation = 0.65f)
    {
        var c = new CustomerState
        {
            Id = id,
            Traits = new Traits(0.6f, 0.5f, 0.5f, 0.5f, 0.5f, 1f),
            Stage = LifecycleStage.Active,
            Brand = 0,
            FormerBrand = -1,
            Awareness = 0b11,
            EverCustomer = 0b01,
            HasNeed = true,
            NeedWeeksLeft = 200,
            AcquiredWeek = -20,
            Expectation = expectation,
            Satisfaction = (float)ModelParameters.Default.MetExpectationSatisfaction,
        };
        c.Trust[0] = trust;
        c.Trust[1] = trust;
        return c;
    }

    /// <summary>Customers as the population would create them, turned into active customers of brand 0.</summary>
    public static IEnumerable<CustomerState> Sample(Scenario scenario, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var c = Population.Create(scenario, 0, i);
            c.Stage = LifecycleStage.Active;
            c.Brand = 0;
            c.Awareness |= 1;
            c.EverCustomer |= 1;
            c.HasNeed = true;
            c.NeedWeeksLeft = 200;
            c.AcquiredWeek = -20;
            yield return c;
        }
    }
}
