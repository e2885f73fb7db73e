using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

/// <summary>Shared burn-ins: which scenarios live the same one, and that forking from its end gives the bytes of a run from scratch.</summary>
public class BurnInTests
{
    private static Scenario Small(string name) => ShippedScenarios.Load(name).WithRun(customers: 400, weeks: 30, seed: 42, replicates: 2, burnInWeeks: 20);

    [Fact]
    public void Every_story_lives_the_baselines_burn_in_and_bass_diffusion_its_own()
    {
        var baseline = Small("baseline");
        var shared = ShippedScenarios.Names().Where(n => BurnIn.Shared(baseline, Small(n))).Order().ToArray();
        Assert.Equal(ShippedScenarios.Names().Where(n => n != "bass-diffusion").Order(), shared);
    }

    [Fact]
    public void What_acts_before_week_zero_separates_burn_ins_and_what_acts_from_week_zero_does_not()
    {
        var baseline = Small("baseline");
        Assert.True(BurnIn.Shared(baseline, baseline with { Name = "other", Description = "", Replicates = 7, Schedule = [.. baseline.Schedule, new PolicyChange(0, 0, Lever.ServiceEffort, 0.9)] }));
        Assert.False(BurnIn.Shared(baseline, baseline with { Schedule = [.. baseline.Schedule, new PolicyChange(-3, 0, Lever.ServiceEffort, 0.9)] }));
        Assert.False(BurnIn.Shared(baseline, ScenarioParameters.With(baseline, "brands.Focal.policy.serviceEffort", 0.9)));
        Assert.False(BurnIn.Shared(baseline, ScenarioParameters.With(baseline, "model.angerDecay", 0.2)));
        Assert.False(BurnIn.Shared(baseline, baseline.WithRun(seed: 43)));
        Assert.False(BurnIn.Shared(baseline, baseline.WithRun(burnInWeeks: 21)));
        Assert.False(BurnIn.Shared(baseline, baseline with { Network = baseline.Network with { Rewiring = 0.2 } }));
    }

    [Fact]
    public void Runs_that_fork_from_a_shared_burn_in_give_the_bytes_of_runs_from_scratch()
    {
        var names = ShippedScenarios.Names().ToArray();
        var cache = new BurnInCache(names.Select(Small));
        var shared = new ReferenceEngine(cache);
        foreach (var name in names)
        {
            var scenario = Small(name);
            var forked = shared.Run(scenario);
            var fresh = new ReferenceEngine().Run(scenario);
            Assert.True(fresh.SameNumbersAs(forked), $"{name} differs when forked from the shared burn-in");
        }

        // One burn-in per replicate was lived and kept (the stories'; bass-diffusion's is its own and is not kept); every story after the first forked.
        Assert.Equal((2, 2 * (names.Length - 2)), (cache.Lived, cache.Shared));
    }

    [Fact]
    public void With_no_burn_in_a_change_at_week_zero_is_part_of_what_the_first_week_starts_from()
    {
        // The policies in force "before" the first week are those of week 0 when there is no burn-in.
        var baseline = Small("baseline").WithRun(burnInWeeks: 0);
        var story = Small("acquisition-focus").WithRun(burnInWeeks: 0);
        Assert.False(BurnIn.Shared(baseline, story));
        var again = baseline with { Name = "again" };
        var cache = new BurnInCache([baseline, story, again]);
        var shared = new ReferenceEngine(cache);
        shared.Run(baseline);
        var storyRun = shared.Run(story);
        var againRun = shared.Run(again);
        Assert.True(new ReferenceEngine().Run(story).SameNumbersAs(storyRun));
        Assert.True(new ReferenceEngine().Run(again).SameNumbersAs(againRun));
        // The copy of the baseline's start served the run named "again", in each of the two replicates.
        Assert.Equal(2, cache.Shared);
    }

    [Fact]
    public void A_fork_starts_only_from_the_end_of_the_same_burn_in()
    {
        var baseline = Small("baseline");
        var stepper = ReplicateStepper.Start(baseline, 0);
        stepper.Advance(20);
        var end = stepper.TakeSnapshot();
        Assert.Throws<ArgumentException>(() => ReplicateStepper.Fork(end, baseline.WithRun(seed: 1)));
        stepper.Advance();
        Assert.Throws<ArgumentException>(() => ReplicateStepper.Fork(stepper.TakeSnapshot(), baseline));
        var fork = ReplicateStepper.Fork(end, Small("ignored-feedback"));
        Assert.Equal(("ignored-feedback", 0), (fork.Scenario.Name, fork.NextTick));
    }
}
