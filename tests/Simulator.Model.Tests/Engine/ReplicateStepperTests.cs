using System.Runtime.InteropServices;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

public class ReplicateStepperTests
{
    private static readonly Model.Scenarios.Scenario Market = TestScenarios.Market(customers: 800, weeks: 30, burnInWeeks: 6);

    private static bool Same(IReadOnlyList<TickAggregate> a, IReadOnlyList<TickAggregate> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SameAs(p.Second));

    [Fact]
    public void Blocks_of_any_length_give_the_weeks_of_a_week_by_week_run()
    {
        var weekly = ReplicateStepper.Start(Market, 0);
        weekly.RunToEnd();

        var blocks = ReplicateStepper.Start(Market, 0);
        var lengths = new[] { 1, 5, 3, 7, 2, 100 };
        for (var i = 0; !blocks.Finished; i++)
        {
            var before = blocks.NextTick;
            var block = blocks.Advance(lengths[i % lengths.Length]);
            Assert.Equal(before, block.FirstTick);
            Assert.Equal(blocks.NextTick - before, block.Weeks.Count);
        }

        Assert.True(weekly.Initial.SameAs(blocks.Initial));
        Assert.True(Same(weekly.Weeks, blocks.Weeks));
        Assert.Equal(Market.Weeks, blocks.Weeks.Count);
    }

    [Fact]
    public void A_restored_snapshot_goes_on_exactly_as_the_stepper_that_took_it_and_leaves_it_untouched()
    {
        var stepper = ReplicateStepper.Start(Market, 1);
        stepper.Advance(Market.BurnInWeeks + 11);
        var snapshot = stepper.TakeSnapshot();

        var restored = ReplicateStepper.Restore(snapshot);
        restored.RunToEnd();
        stepper.RunToEnd();

        Assert.Equal(11, snapshot.NextTick);
        Assert.Equal(11, snapshot.Weeks.Count);
        Assert.True(Same(stepper.Weeks, restored.Weeks));
        // Field for field (the struct holds an inline array, so compare its bytes).
        Assert.True(MemoryMarshal.AsBytes(stepper.Customers).SequenceEqual(MemoryMarshal.AsBytes(restored.Customers)));
        // A second stepper from the same snapshot starts from where the snapshot was taken, not where the first one got to.
        Assert.Equal(11, ReplicateStepper.Restore(snapshot).NextTick);
    }

    [Fact]
    public async Task A_policy_changed_between_blocks_acts_like_the_same_change_scheduled_in_the_scenario()
    {
        var stepped = ReplicateStepper.Start(Market, 0);
        stepped.Advance(Market.BurnInWeeks + 8);
        await stepped.ChangePolicyAsync(0, Lever.ServiceEffort, 0.1);
        stepped.RunToEnd();

        var scheduled = Market with { Schedule = [.. Market.Schedule, new PolicyChange(8, 0, Lever.ServiceEffort, 0.1)] };
        var reference = new ReferenceEngine().Run(scheduled).Replicates[0];

        Assert.True(Same(reference.Ticks, stepped.Weeks));
        Assert.False(Same(new ReferenceEngine().Run(Market).Replicates[0].Ticks, stepped.Weeks));
        Assert.Equal(scheduled.Schedule, stepped.AsScheduled().Schedule);
    }

    [Fact]
    public void A_change_for_a_week_that_has_run_is_refused_and_the_end_cannot_be_passed()
    {
        var stepper = ReplicateStepper.Start(Market.WithRun(weeks: 3, burnInWeeks: 0), 0);
        stepper.Advance(2);

        var late = Assert.Throws<ArgumentException>(() => stepper.Intervene([new PolicyChange(1, 0, Lever.ServiceEffort, 0.1)]));
        Assert.Contains("week 1 comes too late: week 1 has already run", late.Message);
        Assert.Single(stepper.Advance(5).Weeks);
        Assert.True(stepper.Finished);
        Assert.Throws<InvalidOperationException>(() => stepper.Advance());
    }

    [Fact]
    public void The_information_lag_is_at_least_one_week_and_read_in_one_place()
    {
        Assert.Equal(1, MarketHistory.LagOf(Model.Scenarios.ScenarioParameters.With(Market, "market.informationLagWeeks", 1)));
        Assert.Equal(4, MarketHistory.LagOf(Model.Scenarios.ScenarioParameters.With(Market, "market.informationLagWeeks", 4)));
        Assert.Equal(9, MarketHistory.HeardFrom(10, 1));
        Assert.Equal(9, MarketHistory.HeardFrom(10, 0));
        Assert.Equal(6, MarketHistory.HeardFrom(10, 4));
    }
}
