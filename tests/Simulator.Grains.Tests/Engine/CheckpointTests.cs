using System.Runtime.InteropServices;
using Simulator.Grains.Checkpoints;
using Simulator.Grains.Engine;
using Simulator.Grains.Messages;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>Checkpoints between blocks of weeks, and replaying a replicate from its last one.</summary>
[Collection(WeekByWeekClusterCollection.Name)]
public class CheckpointTests(WeekByWeekClusterFixture fixture)
{
    // outer-loop: the brand's process knowledge is state carried across weeks, and must come back with the checkpoint.
    [Theory]
    [InlineData("baseline")]
    [InlineData("outer-loop")]
    public async Task A_replicate_resumed_from_its_checkpoint_replays_the_same_weeks(string name)
    {
        var scenario = Support.Scenarios.Load(name).WithRun(customers: 700, weeks: 24, burnInWeeks: 4);
        var ticks = new List<TickAggregate>();
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        while (run.NextTick < 13)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        await run.ChangePolicyAsync(0, Lever.ServiceEffort, 0.9);
        await run.AdvanceAsync();

        // Every shard and customer takes up its checkpointed state (the cluster tests kill a silo,
        // so that there the grains are new activations reading the checkpoints from Redis).
        // Checkpoints every 5 weeks from week -4: the last before week 14 is week 11, before the change at week 13.
        var resumed = await run.ResumeAsync();
        Assert.Equal(11, resumed);
        Assert.Equal(11, run.NextTick);
        ticks.RemoveRange(11, ticks.Count - 11);
        while (!run.Finished)
        {
            ticks.AddRange((await run.AdvanceAsync()).Weeks);
        }

        var reference = new ReferenceEngine().Run(run.AsScheduled()).Replicates[0];
        Assert.Equal(name == "outer-loop", reference.Ticks[11].GetGauge(0, BrandGauge.ProcessKnowledge) > 0);
        Assert.Equal(reference.Ticks.Count, ticks.Count);
        Assert.All(reference.Ticks.Zip(ticks), pair => Assert.True(pair.First.SameAs(pair.Second)));
    }

    [Fact]
    public async Task A_response_decided_before_a_checkpoint_and_still_waiting_to_act_comes_back_with_it()
    {
        // The focal brand cuts its price at week 2; the rival matches it from week 14. Checkpoints every
        // 5 weeks from week -4: the one of week 11 holds the decision, which has not acted yet.
        var baseline = Support.Scenarios.Load("baseline").WithRun(customers: 600, weeks: 24, burnInWeeks: 4);
        var scenario = baseline with
        {
            Brands = [baseline.Brands[0], baseline.Brands[1] with { Responses = [new ResponseRule(ResponseKind.MatchPriceCut, 12)] }],
            Schedule = [new PolicyChange(2, 0, Lever.Price, 8)],
        };
        await using var run = await SteppedRun.BeginAsync(fixture.Client, scenario);
        var ticks = new List<TickAggregate>();
        while (run.NextTick < 13)
        {
            var block = await run.AdvanceAsync();
            ticks.AddRange(block.Weeks.Where((_, i) => block.FirstTick + i >= 0));
        }

        Assert.Single(run.Responses);
        Assert.Equal(11, await run.ResumeAsync());
        Assert.Single(run.Responses);
        ticks.RemoveRange(11, ticks.Count - 11);
        while (!run.Finished)
        {
            ticks.AddRange((await run.AdvanceAsync()).Weeks);
        }

        var reference = new ReferenceEngine().Run(scenario).Replicates[0];
        var response = Assert.Single(reference.Responses);
        Assert.Equal((2, 14), (response.DecidedWeek, response.EffectiveWeek));
        Assert.True(BrandResponse.SameAs(response, Assert.Single(run.Responses)));
        Assert.All(reference.Ticks.Zip(ticks), pair => Assert.True(pair.First.SameAs(pair.Second)));
    }

    [Fact]
    public async Task A_checkpoint_holds_every_customer_as_the_reference_engine_has_them_at_that_week()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 300, weeks: 12, burnInWeeks: 5);
        var runId = Guid.NewGuid().ToString("N");
        var simulation = fixture.Client.GetGrain<Simulations.ISimulationGrain>(runId);
        await using var run = await SteppedRun.BeginAsync(simulation, ScenarioDto.From(scenario), scenario, 0);
        while (run.NextTick < 6)
        {
            await run.AdvanceAsync();
        }

        // Weeks -5 .. -1 and 0 .. 4 ran: checkpoints of weeks 0 and 5.
        var key = RunKeys.Of(runId, 0);
        var checkpoint = await fixture.Client.GetGrain<ICheckpointGrain<SimulationCheckpoint>>(CheckpointKeys.Simulation(key)).LoadAsync();
        Assert.NotNull(checkpoint);
        Assert.Equal(5, checkpoint.Tick);
        Assert.Equal(1, checkpoint.Slot);
        var reference = ReplicateStepper.Start(scenario.WithRun(weeks: 5), 0);
        reference.RunToEnd();
        var expected = reference.Customers.ToArray();
        var saved = new List<CustomerState>();
        for (var shard = 0; shard < checkpoint.Spec.ShardCount; shard++)
        {
            var part = await fixture.Client.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(key, shard, 1)).LoadAsync();
            Assert.Equal(5, part!.Tick);
            saved.AddRange(part.Customers);
        }

        // Field for field (the struct holds an inline array, so compare its bytes).
        Assert.Equal(scenario.Customers, saved.Count);
        Assert.True(MemoryMarshal.AsBytes(expected.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(saved.ToArray().AsSpan())));
        Assert.False(MemoryMarshal.AsBytes(expected.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(new CustomerState[scenario.Customers].AsSpan())));

        // A finished replicate's checkpoints are deleted with it.
        await run.DisposeAsync();
        Assert.Null(await fixture.Client.GetGrain<ICheckpointGrain<SimulationCheckpoint>>(CheckpointKeys.Simulation(key)).LoadAsync());
        for (var shard = 0; shard < checkpoint.Spec.ShardCount; shard++)
        {
            Assert.Null(await fixture.Client.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(key, shard, 0)).LoadAsync());
            Assert.Null(await fixture.Client.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(key, shard, 1)).LoadAsync());
        }
    }

    [Fact]
    public async Task Resuming_without_a_checkpoint_says_how_to_get_one()
    {
        var simulation = fixture.Client.GetGrain<Simulations.ISimulationGrain>(Guid.NewGuid().ToString("N"));

        var e = await Assert.ThrowsAnyAsync<Exception>(() => simulation.ResumeReplicateAsync(0));
        Assert.Contains("has no checkpoint: run it with checkpoints on (CustomerSimulationOptions.CheckpointIntervalWeeks)", e.Message);
        // Typed, so a client can tell "nothing to resume from" from a call that bounced.
        Assert.IsType<NoCheckpointException>(e);
    }
}
