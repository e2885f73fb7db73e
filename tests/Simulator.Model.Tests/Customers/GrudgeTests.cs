using Simulator.Model.Metrics;
using Simulator.Model.Customers;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using static Simulator.Model.Tests.Support.Customers;

namespace Simulator.Model.Tests.Customers;

/// <summary>Gregoire, Tripp &amp; Legoux (2009): the anger of a failed relationship turns into a lasting wish to avoid the brand.</summary>
public class GrudgeTests
{
    private static readonly Scenario Market = TestScenarios.Market(customers: 10);

    [Fact]
    public void Leaving_angry_leaves_a_grudge_against_the_brand_left_and_the_new_brand_starts_calm()
    {
        var ctx = Context(Market);
        var c = ActiveCustomer();
        c.Anger = 0.6f;
        Retention.Leave(ref c, ctx, ChurnReason.Dissatisfied, new CollectingRecorder());
        Assert.Equal(0.6f, c.Grudge[0]);
        Assert.Equal(0f, c.Grudge[1]);

        Choice.Buy(ref c, ctx, 1, ctx.RandomFor(c.Id), new CollectingRecorder());
        Assert.Equal(0f, c.Anger, 1);
        Assert.Equal(0.6f, c.Grudge[0]);
    }

    [Fact]
    public void A_grudge_fades_by_grudge_decay_each_week_far_slower_than_anger()
    {
        var ctx = Context(Market);
        var c = ActiveCustomer();
        c.Grudge[1] = 0.5f;
        Perception.FadeGrudges(ref c, ctx);
        Assert.Equal(0.5 * (1 - Market.Model.GrudgeDecay), c.Grudge[1], 6);
        Assert.True(Market.Model.GrudgeDecay < Market.Model.AngerDecay);
    }

    [Fact]
    public void A_grudge_lowers_the_value_of_choosing_the_brand_again_by_its_weight()
    {
        var ctx = Context(Market);
        var c = ActiveCustomer();
        var before = Choice.Utility(c, ctx, 1, new OutcomeRecorder());
        c.Grudge[1] = 0.5f;
        Assert.Equal(before - Market.Model.GrudgeWeight * 0.5, Choice.Utility(c, ctx, 1, new OutcomeRecorder()), 6);
        Assert.Equal(Choice.Utility(ActiveCustomer(), ctx, 0, new OutcomeRecorder()), Choice.Utility(c, ctx, 0, new OutcomeRecorder()));
    }

    [Fact]
    public void Former_customers_who_left_angry_come_back_less_often()
    {
        // The same market with and without grudges: win-backs fall when the anger of leaving is remembered.
        static long WinBacks(double weight)
        {
            var scenario = TestScenarios.Market(customers: 4000, weeks: 156, model: m => m.With(ModelParameter.GrudgeWeight, weight));
            return Runs.Reference(scenario).Replicates[0].Ticks.Sum(t => t.Total(0, Simulator.Model.Metrics.Counter.WinBacks) + t.Total(1, Simulator.Model.Metrics.Counter.WinBacks));
        }

        var without = WinBacks(0);
        var with = WinBacks(1.5);
        Assert.True(with < 0.95 * without, $"{with} win-backs with a heavy grudge against {without} without");
    }
}
