using Simulator.Grains.Checkpoints;
using Simulator.Grains.Engine;
using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Engine;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>
/// A comparison on the Orleans engine runs each burn-in its scenarios share once per replicate, keeps it at
/// week 0 in the checkpoint storage, and forks every other scenario that shares it from there: the bytes
/// must be those of running each scenario from scratch.
/// </summary>
[Collection(ClusterCollection.Name)]
public class BurnInSharingTests(ClusterFixture fixture)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Scenarios_that_live_the_same_burn_in_fork_from_one_run_of_it_with_the_bytes_of_running_each_from_scratch()
    {
        // Four stories share the baseline's burn-in; bass-diffusion lives its own, which nothing else shares.
        string[] names = ["baseline", "effortless-service", "bass-diffusion", "acquisition-focus", "rival-answers-effortless-service"];
        var series = names.Select(n => Support.Scenarios.Load(n).WithRun(customers: 800, weeks: 50, burnInWeeks: 9, replicates: 2)).ToList();
        var engine = new OrleansEngine(fixture.Client).ShareBurnIns(series);

        var results = new List<SimulationResult>();
        foreach (var scenario in series)
        {
            results.Add(await engine.RunAsync(scenario));
        }

        var share = Assert.IsType<OrleansEngine>(engine).BurnIns!;
        Assert.Equal(2, share.Lived);
        Assert.Equal(2 * 3, share.Shared);
        Assert.Equal(0, share.Waiting);
        for (var i = 0; i < series.Count; i++)
        {
            var reference = new ReferenceEngine().Run(series[i]);
            Assert.True(results[i].Completed);
            Assert.True(results[i].SameNumbersAs(reference), $"{names[i]} differs from its run from scratch");
            for (var r = 0; r < 2; r++)
            {
                Assert.Equal(reference.Replicates[r].Responses.Count, results[i].Replicates[r].Responses.Count);
                Assert.All(reference.Replicates[r].Responses.Zip(results[i].Replicates[r].Responses), p => Assert.True(BrandResponse.SameAs(p.First, p.Second)));
            }
        }

        // The rival's answer is decided from week 0 on by the arm's own rules, after the fork.
        Assert.NotEmpty(results[^1].Replicates[0].Responses);
    }

    [Fact]
    public async Task A_forgotten_burn_in_cannot_be_forked_from_and_a_fork_lands_at_week_zero()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 300, weeks: 6, burnInWeeks: 4);
        var transfer = ScenarioDto.From(scenario);
        var source = fixture.Client.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        await using var run = await SteppedRun.BeginAsync(source, transfer, scenario, 0);
        await run.AdvanceAsync();
        Assert.Equal(0, run.NextTick);
        var key = BurnInCheckpoints.KeyOf(RunKeys.Of(source.GetPrimaryKeyString(), 0));
        await source.KeepBurnInAsync(key);

        var fork = fixture.Client.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        await using var forked = await SteppedRun.ForkAsync(fork, key, transfer, scenario, 0);
        Assert.Equal(0, forked.NextTick);
        Assert.True(run.Initial.SameAs(forked.Initial));
        Assert.True((await run.AdvanceAsync()).Weeks[0].SameAs((await forked.AdvanceAsync()).Weeks[0]));

        await BurnInCheckpoints.ForgetAsync(fixture.Client, key);
        await Assert.ThrowsAsync<NoCheckpointException>(() => fixture.Client.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N")).ForkReplicateAsync(key, transfer, 0));
    }
}
