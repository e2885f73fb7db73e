using Simulator.Grains.Engine;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>A run driven week by week, with policy changes made while it runs (the explorer's sliders).</summary>
[Collection(WeekByWeekClusterCollection.Name)]
public class SteppedRunTests(WeekByWeekClusterFixture fixture)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_change_made_mid_run_acts_from_the_next_week_exactly_as_if_it_had_been_scheduled()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 800, weeks: 30, burnInWeeks: 8);
        var ticks = new List<TickAggregate>();
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        while (run.NextTick < 12)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        await run.ChangePolicyAsync(0, Lever.ServiceEffort, 0.95);
        await run.ChangePolicyAsync(0, Lever.FeedbackResponse, 0.0);
        while (!run.Finished)
        {
            ticks.AddRange((await run.AdvanceAsync()).Weeks);
        }

        var scheduled = run.AsScheduled();
        Assert.Equal([new PolicyChange(12, 0, Lever.ServiceEffort, 0.95), new PolicyChange(12, 0, Lever.FeedbackResponse, 0.0)], run.Interventions);
        var reference = new ReferenceEngine().Run(scheduled).Replicates[0];
        var untouched = new ReferenceEngine().Run(scenario).Replicates[0];
        Assert.Equal(reference.Ticks.Count, ticks.Count);
        Assert.True(reference.Initial.SameAs(run.Initial));
        for (var t = 0; t < ticks.Count; t++)
        {
            Assert.True(reference.Ticks[t].SameAs(ticks[t]), $"week {t} differs from the scheduled run");
            // Weeks before the change are those of the untouched scenario; the change shows from week 12 on.
            Assert.Equal(t < 12, untouched.Ticks[t].SameAs(ticks[t]));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_change_during_burn_in_applies_from_week_zero_like_a_story()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 500, weeks: 6, burnInWeeks: 5);
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        await run.AdvanceAsync();
        await run.ChangePolicyAsync(0, Lever.AcquisitionFocus, 0.9);
        var ticks = new List<TickAggregate>();
        while (!run.Finished)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        Assert.Equal(0, Assert.Single(run.Interventions).Week);
        var story = new ReferenceEngine().Run(scenario with { Schedule = [.. scenario.Schedule, new PolicyChange(0, 0, Lever.AcquisitionFocus, 0.9)] });
        Assert.True(story.Replicates[0].Initial.SameAs(run.Initial));
        Assert.True(story.Replicates[0].Ticks.Zip(ticks).All(p => p.First.SameAs(p.Second)));
    }
}
