using Simulator.Grains.Engine;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>The Orleans engine must give exactly the reference engine's numbers for the same scenario and seed.</summary>
[Collection(ClusterCollection.Name)]
public class EquivalenceTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("baseline", 1500, 30)]
    [InlineData("strategy-shift", 1200, 60)]
    [InlineData("lock-in-and-pressure", 1000, 40)]
    [InlineData("data-harvesting-and-over-contact", 800, 30)]
    [InlineData("bass-diffusion", 700, 60)]
    [InlineData("outer-loop", 1000, 30)]
    [InlineData("rival-answers-effortless-service", 1500, 60)]
    [Trait("Category", "Slow")]
    public async Task The_orleans_engine_gives_the_reference_engines_numbers(string name, int customers, int weeks)
    {
        var scenario = Support.Scenarios.Load(name).WithRun(customers: customers, weeks: weeks);

        var orleans = await new OrleansEngine(fixture.Client).RunAsync(scenario);
        var reference = new ReferenceEngine().Run(scenario);

        Assert.True(orleans.Completed);
        Assert.True(orleans.SameNumbersAs(reference), "aggregates differ");
        Assert.Equal(MetricsTable.Rows(reference), MetricsTable.Rows(orleans));
        // Word of mouth, a competitor and (for strategy-shift) a policy schedule were all at work.
        var rows = MetricsTable.Rows(reference).Where(r => r.Segment == MetricsTable.AllSegments).ToList();
        Assert.True(name == "bass-diffusion" || rows.Sum(r => r.WordOfMouthPositive + r.WordOfMouthNegative) > 0);

        // The brand-level state: knowledge learned, and a rival's response decided and acted on, on both engines.
        Assert.Equal(name == "outer-loop", rows.Any(r => r.ProcessKnowledge > 0));
        Assert.Equal(name == "rival-answers-effortless-service", reference.Replicates[0].Responses.Any(r => r.EffectiveWeek < weeks));
    }

    [Theory]
    [InlineData("baseline", 4)]
    [InlineData("strategy-shift", 3)]
    [InlineData("rival-answers-effortless-service", 3)]
    [Trait("Category", "Slow")]
    public async Task Blocks_of_weeks_per_grain_call_give_the_reference_engines_numbers(string name, int lag)
    {
        // With an information lag of L weeks, customers run L weeks per call between synchronisation points.
        var scenario = ScenarioParameters.With(Support.Scenarios.Load(name).WithRun(customers: 900, weeks: 57, burnInWeeks: 6), "market.informationLagWeeks", lag);

        var orleans = await new OrleansEngine(fixture.Client).RunAsync(scenario);
        var reference = new ReferenceEngine().Run(scenario);

        Assert.True(orleans.SameNumbersAs(reference), "aggregates differ");
        Assert.False(reference.SameNumbersAs(new ReferenceEngine().Run(ScenarioParameters.With(scenario, "market.informationLagWeeks", 1))));

        // A response seen in the middle of a block acts at the same week on both engines.
        Assert.True(name != "rival-answers-effortless-service" || reference.Replicates[0].Responses.Any(r => r.EffectiveWeek < scenario.Weeks));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Replicates_match_the_reference_engine_too()
    {
        var scenario = Support.Scenarios.Load("closed-loop-feedback").WithRun(customers: 600, weeks: 15, replicates: 3, seed: 9);

        var orleans = await new OrleansEngine(fixture.Client).RunAsync(scenario);

        Assert.Equal(3, orleans.Replicates.Count);
        Assert.True(orleans.SameNumbersAs(new ReferenceEngine().Run(scenario)));
    }

    [Fact]
    public async Task A_cancelled_run_keeps_the_weeks_that_finished()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 300, weeks: 50);
        using var cts = new CancellationTokenSource();
        var progress = new Progress(p =>
        {
            if (p.Tick == 4)
            {
                cts.Cancel();
            }
        });

        var result = await new OrleansEngine(fixture.Client).RunAsync(scenario, progress, cts.Token);

        // Cancellation is honoured between blocks: the run keeps the block that held week 4, whole.
        Assert.False(result.Completed);
        var kept = result.Replicates[0].Ticks.Count;
        Assert.InRange(kept, 5, 4 + ClusterFixture.BlockWeeks);
        var reference = new ReferenceEngine().Run(scenario.WithRun(weeks: 50));
        for (var t = 0; t < kept; t++)
        {
            Assert.True(result.Replicates[0].Ticks[t].SameAs(reference.Replicates[0].Ticks[t]));
        }
    }

    private sealed class Progress(Action<TickProgress> report) : IProgress<TickProgress>
    {
        public void Report(TickProgress value) => report(value);
    }
}
