using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

public class ShippedScenarioSmokeTests
{
    public static TheoryData<string> Names() => [.. ShippedScenarios.Names()];

    [Theory]
    [MemberData(nameof(Names))]
    [Trait("Category", "Slow")]
    public void Every_shipped_scenario_loads_and_runs_ten_weeks(string name)
    {
        var scenario = ShippedScenarios.Load(name);
        Assert.False(string.IsNullOrWhiteSpace(scenario.Description));
        var result = Runs.Reference(scenario.WithRun(customers: 500, weeks: 10));
        Assert.True(result.Completed);
        Assert.Equal(10, result.Replicates[0].Ticks.Count);
        Assert.All(Runs.FocalRows(result), r => Assert.Equal(500, r.Prospects + r.Aware + r.Considering + r.Onboarding + r.Active + r.Churned));
    }

    [Fact]
    public void Every_story_is_shipped()
    {
        string[] stories =
        [
            "acquisition-focus", "baseline", "bass-diffusion", "closed-loop-feedback", "data-harvesting-and-over-contact",
            "effortless-service", "empathetic-service", "ignored-feedback", "lock-in-and-pressure", "outer-loop", "prevention-first",
            "rival-answers-effortless-service", "strategy-shift", "unified-contact-centre",
        ];
        Assert.Equal(stories, ShippedScenarios.Names());
    }

    [Fact]
    public void The_strategy_shift_changes_policy_at_week_52()
    {
        var scenario = ShippedScenarios.Load("strategy-shift");
        var schedule = scenario.CreateSchedule();
        Assert.Equal(0.85, schedule.PoliciesAt(51)[0].AcquisitionFocus);
        Assert.Equal(0.4, schedule.PoliciesAt(52)[0].AcquisitionFocus);
        Assert.Equal(0.1, schedule.PoliciesAt(52)[0].ServiceEffort);
    }
}
