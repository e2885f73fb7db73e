using Simulator.Grains.Engine;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>The population view's frames: the grains show the same customers and the same word of mouth as the reference engine, week by week.</summary>
[Collection(ClusterCollection.Name)]
public class PopulationFrameTests(ClusterFixture fixture)
{
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("ignored-feedback", 1)]
    [InlineData("acquisition-focus", 3)]
    public async Task Every_week_the_grains_show_the_reference_engines_frame(string name, int lag)
    {
        // 900 customers in shards of 97: the frame is joined from ten shards, the last one short.
        var scenario = ScenarioParameters.With(Support.Scenarios.Load(name).WithRun(customers: 900, weeks: 20, burnInWeeks: 4), "market.informationLagWeeks", lag);
        var reference = ReplicateStepper.Start(scenario, 0);
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        // Before the first week: the new population, the same in the grains as in the arrays.
        var created = await run.ObserveAsync();
        Assert.Equal(-scenario.BurnInWeeks - 1, created.Week);
        Assert.True(reference.Observe().SameAs(created));
        Assert.Empty(created.Arcs);
        var arcs = new Dictionary<ArcKind, int>();
        while (!run.Finished)
        {
            var block = await run.AdvanceAsync();
            if (block.FirstTick + block.Weeks.Count == 10)
            {
                await run.ChangePolicyAsync(0, Lever.FeedbackResponse, 0.9);
                reference.Intervene([new PolicyChange(10, 0, Lever.FeedbackResponse, 0.9)]);
            }

            reference.Advance(block.Weeks.Count);
            var grains = await run.ObserveAsync();
            var expected = reference.Observe();
            Assert.Equal(block.FirstTick + block.Weeks.Count - 1, grains.Week);
            Assert.True(expected.SameAs(grains), $"the frame of week {grains.Week} differs");
            foreach (var arc in grains.Arcs)
            {
                arcs[arc.Kind] = arcs.GetValueOrDefault(arc.Kind) + 1;
            }
        }

        // The frames carry word of mouth of both kinds (the test would pass on empty frames otherwise).
        Assert.True(arcs.GetValueOrDefault(ArcKind.Recommendation) > 0, "no recommendation in any frame");
        Assert.True(arcs.GetValueOrDefault(ArcKind.Warning) > 0, "no warning in any frame");
    }
}
