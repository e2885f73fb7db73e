using Simulator.Grains.Engine;
using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>
/// Blocks longer than the information lag: customers run weeks ahead on predicted conditions and the mail
/// known so far, and the shards run again, from the first week that differs, exactly the customers whose
/// actual inputs turned out different. The result must be the reference engine's to the byte, and the
/// predictions must actually have been wrong somewhere (else nothing was tested).
/// </summary>
[Collection(ClusterCollection.Name)]
public class OptimisticBlockTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("acquisition-focus", 1200, 40)]   // service overload changes week by week
    [InlineData("bass-diffusion", 1000, 40)]      // a well-mixed market: imitation reads the customer share
    [InlineData("strategy-shift", 900, 40)]       // a policy schedule
    [InlineData("rival-answers-effortless-service", 1000, 50)] // a response decided inside a block
    [InlineData("outer-loop", 900, 30)]           // process knowledge learned week by week
    [Trait("Category", "Slow")]
    public async Task Weeks_run_ahead_are_run_again_where_their_inputs_changed_and_end_exact(string name, int customers, int weeks)
    {
        var scenario = Support.Scenarios.Load(name).WithRun(customers: customers, weeks: weeks, burnInWeeks: 5);
        var blocks = await BlocksOf(scenario);

        var reference = new ReferenceEngine().Run(scenario).Replicates[0];
        var all = blocks.SelectMany(b => b.Weeks).ToList();
        Assert.Equal(scenario.BurnInWeeks + scenario.Weeks, all.Count);
        Assert.True(reference.Ticks.Zip(all.Skip(scenario.BurnInWeeks)).All(p => p.First.SameAs(p.Second)), "aggregates differ from the reference engine's");
        Assert.True(reference.Initial.SameAs(all[scenario.BurnInWeeks - 1]));
        Assert.Equal(reference.Responses.Count, blocks.Sum(b => b.Responses.Length));

        // Every block ran its own weeks once and something again; the rounds stopped once nothing changed.
        Assert.All(blocks, b => Assert.InRange(b.CustomerWeeksRun, (long)customers * b.Weeks.Length, (long)customers * b.Weeks.Length * (2 * b.Weeks.Length + 1)));
        Assert.All(blocks, b => Assert.InRange(b.Rounds, 1, b.Weeks.Length + 1));
        Assert.Contains(blocks, b => b.Rounds > 2);
        Assert.True(blocks.Sum(b => b.CustomerWeeksRun) > (long)customers * all.Count, "no week was ever run again: the predictions were never wrong");
    }

    [Fact]
    public async Task The_rounds_and_the_weeks_run_again_are_the_same_in_every_run()
    {
        // Mail is taken in round by round, whichever shard finishes first: the work done is a function of the scenario.
        var scenario = Support.Scenarios.Load("acquisition-focus").WithRun(customers: 700, weeks: 24, burnInWeeks: 2);
        var first = await BlocksOf(scenario);
        var second = await BlocksOf(scenario);

        Assert.Equal(first.Select(b => (b.FirstTick, b.Rounds, b.CustomerWeeksRun, b.CustomerCalls)), second.Select(b => (b.FirstTick, b.Rounds, b.CustomerWeeksRun, b.CustomerCalls)));
        Assert.All(first.Zip(second), p => Assert.True(p.First.Weeks.Zip(p.Second.Weeks).All(w => w.First.SameAs(w.Second))));
    }

    private async Task<List<BlockResult>> BlocksOf(Model.Scenarios.Scenario scenario)
    {
        var simulation = fixture.Client.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        await simulation.BeginReplicateAsync(ScenarioDto.From(scenario), 0);
        var blocks = new List<BlockResult>();
        for (var next = -scenario.BurnInWeeks; next < scenario.Weeks;)
        {
            var block = await simulation.AdvanceAsync();
            blocks.Add(block);
            next = block.FirstTick + block.Weeks.Length;
        }

        await simulation.EndReplicateAsync();
        return blocks;
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_change_between_blocks_acts_from_the_next_block_exactly_as_if_scheduled()
    {
        var scenario = Support.Scenarios.Load("acquisition-focus").WithRun(customers: 800, weeks: 30, burnInWeeks: 4);
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        var ticks = new List<TickAggregate>();
        while (run.NextTick < 9)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        var week = run.NextTick;
        await run.ChangePolicyAsync(0, Lever.RelationshipBudget, 0.2);
        await run.ChangePolicyAsync(1, Lever.Price, 8);
        while (!run.Finished)
        {
            ticks.AddRange((await run.AdvanceAsync()).Weeks);
        }

        Assert.All(run.Interventions, c => Assert.Equal(week, c.Week));
        var reference = new ReferenceEngine().Run(run.AsScheduled()).Replicates[0];
        var untouched = new ReferenceEngine().Run(scenario).Replicates[0];
        Assert.Equal(reference.Ticks.Count, ticks.Count);
        for (var t = 0; t < ticks.Count; t++)
        {
            Assert.True(reference.Ticks[t].SameAs(ticks[t]), $"week {t} differs from the scheduled run");
            Assert.Equal(t < week, untouched.Ticks[t].SameAs(ticks[t]));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_replicate_resumed_from_a_checkpoint_between_blocks_goes_on_exactly()
    {
        var scenario = Support.Scenarios.Load("acquisition-focus").WithRun(customers: 700, weeks: 36, burnInWeeks: 4);
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        var ticks = new List<TickAggregate>();
        while (run.NextTick < 20)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        // Blocks of 6 from week -4 and checkpoints at least 5 weeks apart: one after every block. Every shard
        // and customer takes up its saved state, and the word of mouth still to be heard, and goes on from there.
        var stopped = run.NextTick;
        var resumed = await run.ResumeAsync();
        Assert.Equal(stopped, resumed);
        ticks.RemoveRange(resumed, ticks.Count - resumed);
        while (!run.Finished)
        {
            ticks.AddRange((await run.AdvanceAsync()).Weeks);
        }

        var reference = new ReferenceEngine().Run(scenario).Replicates[0];
        Assert.Equal(reference.Ticks.Count, ticks.Count);
        Assert.All(reference.Ticks.Zip(ticks), pair => Assert.True(pair.First.SameAs(pair.Second)));
    }
}
