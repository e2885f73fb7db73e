using Simulator.Explorer.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Everything in a session that depends on time, on a fake clock: no test here waits for a real one.</summary>
public class SessionClockTests(FakeClockExplorerFixture explorer) : IClassFixture<FakeClockExplorerFixture>
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_running_session_waits_its_pace_between_weeks_and_pause_stops_it_for_good()
    {
        var view = await explorer.NewSessionAsync(weeks: 200, pace: 1000);
        await explorer.SetLeverAsync(view.Id, "A", "productQuality", 0.3);
        await explorer.PostAsync(view.Id, "start");

        // Without the clock moving, the first week runs and the second waits for the pace.
        var first = await explorer.WaitAsync(view.Id, v => v.Week >= 1);
        Assert.Equal(1, first.Week);
        await explorer.AdvanceUntilAsync(view.Id, TimeSpan.FromMilliseconds(1000), v => v.Week >= 3);

        var paused = await explorer.PostAsync(view.Id, "pause");
        Assert.Equal("paused", paused.Status);
        explorer.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(paused.Week, (await explorer.GetAsync(view.Id)).Week);
        Assert.True(paused.Week < 200);

        await explorer.PostAsync(view.Id, "reset");
        var reset = await explorer.WaitAsync(view.Id, v => v.Status == "ready");
        Assert.Equal(0, reset.Week);
        Assert.Empty(reset.Arms[0].Interventions);
        var baseline = ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "baseline.json"));
        Assert.Equal(baseline.CreateSchedule().PoliciesAt(0)[0][Lever.ProductQuality], reset.Arms[0].Brands![0].Levers["productQuality"]);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_new_session_beyond_the_limit_ends_the_least_recently_used_one()
    {
        var first = await explorer.NewSessionAsync(weeks: 4);
        explorer.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await explorer.NewSessionAsync(weeks: 4);
        explorer.Clock.Advance(TimeSpan.FromSeconds(1));
        await explorer.GetAsync(first.Id);
        explorer.Clock.Advance(TimeSpan.FromSeconds(1));

        var third = await explorer.NewSessionAsync(weeks: 4);

        Assert.Equal(200, (int)(await explorer.Http.GetAsync($"api/sessions/{first.Id}")).StatusCode);
        Assert.Equal(404, (int)(await explorer.Http.GetAsync($"api/sessions/{second.Id}")).StatusCode);
        Assert.Equal(200, (int)(await explorer.Http.GetAsync($"api/sessions/{third.Id}")).StatusCode);
    }
}
