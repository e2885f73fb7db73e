using System.IO.Compression;
using System.Net.Http.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Sessions driven through the HTTP API, checked against batch runs of the reference engine.</summary>
[Collection(ExplorerCollection.Name)]
public class SessionTests(ExplorerFixture explorer)
{
    private static Scenario Baseline(int customers, int weeks) =>
        ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "baseline.json")).WithRun(customers: customers, weeks: weeks, replicates: 1);

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_new_session_stands_at_week_zero_with_the_scenarios_levers()
    {
        var view = await explorer.NewSessionAsync(weeks: 12);

        Assert.Equal("ready", view.Status);
        Assert.Equal(0, view.Week);
        Assert.Equal(12, view.Weeks);
        Assert.Equal(300, view.Customers);
        Assert.Equal("Focal", view.Brand);
        var arm = Assert.Single(view.Arms);
        Assert.Empty(arm.Points);
        Assert.Equal(PolicyLevers.All.Count, arm.Brands![0].Levers.Count);
        var policy = Baseline(300, 12).CreateSchedule().PoliciesAt(0)[0];
        Assert.Equal(policy[Lever.ServiceEffort], arm.Brands[0].Levers["serviceEffort"]);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Step_runs_one_week_and_start_runs_to_the_end()
    {
        var view = await explorer.NewSessionAsync(weeks: 10);

        var stepped = await explorer.PostAsync(view.Id, "step");
        Assert.Equal(1, stepped.Week);
        Assert.Equal("paused", stepped.Status);
        await explorer.PostAsync(view.Id, "start");
        var done = await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        Assert.Equal(10, done.Week);
        Assert.Equal(Enumerable.Range(0, 10), done.Arms[0].Points.Select(p => p.Week));
        Assert.Equal([5, 6, 7, 8, 9], (await explorer.GetAsync(view.Id, since: 5)).Arms[0].Points.Select(p => p.Week));
        // The charted figures are those of the batch run.
        var reference = new ReferenceEngine().Run(Baseline(300, 10)).Replicates[0];
        var start = reference.Initial.Total(0, Model.Metrics.Measure.Onboarding) + reference.Initial.Total(0, Model.Metrics.Measure.Active);
        Assert.Equal((double)reference.Ticks[9].TotalCohort(0, 0) / start, done.Arms[0].Points[9].Retention);
        Assert.Equal(Model.Metrics.MetricsTable.Row(reference.Ticks[9], 0, 9, 0, "", -1, Model.Metrics.MetricsTable.AllSegments).Profit, done.Arms[0].Points[9].Profit);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_page_sees_the_rivals_responses_as_the_batch_run_decides_them()
    {
        var view = await explorer.NewSessionAsync("rival-answers-effortless-service", customers: 300, weeks: 30, seed: 42);
        await explorer.PostAsync(view.Id, "start");
        var done = await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        var scenario = ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "rival-answers-effortless-service.json")).WithRun(customers: 300, weeks: 30, seed: 42, replicates: 1);
        var reference = new ReferenceEngine().Run(scenario).Replicates[0].Responses;
        Assert.NotEmpty(reference);
        Assert.Equal(
            reference.Select(r => new ResponseView(r.DecidedWeek, r.EffectiveWeek, "Rival", "copyLeader", r.Reason)),
            done.Arms[0].Responses);

        // The rival's sliders show what its responses made of its levers: it copied the leader's service effort.
        var focal = scenario.CreateSchedule().PoliciesAt(29)[0];
        Assert.Equal(focal[Lever.ServiceEffort], done.Arms[0].Brands![1].Levers["serviceEffort"]);
        Assert.NotEqual(scenario.Brands[1].Policy[Lever.ServiceEffort], done.Arms[0].Brands![1].Levers["serviceEffort"]);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_lever_moved_mid_run_gives_byte_for_byte_the_run_with_that_change_scheduled()
    {
        var view = await explorer.NewSessionAsync(weeks: 16);
        for (var i = 0; i < 6; i++)
        {
            await explorer.PostAsync(view.Id, "step");
        }

        var moved = await explorer.SetLeverAsync(view.Id, "A", "serviceEffort", 0.95);
        Assert.Equal(200, (int)moved.StatusCode);
        var after = (await moved.Content.ReadFromJsonAsync<SessionView>(ExplorerFixture.Json))!;
        Assert.Equal(0.95, after.Arms[0].Brands![0].Levers["serviceEffort"]);
        Assert.Equal(new InterventionView(6, "Focal", "serviceEffort", 0.95), Assert.Single(after.Arms[0].Interventions));
        await explorer.PostAsync(view.Id, "start");
        await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        var csv = await explorer.Http.GetStringAsync($"api/sessions/{view.Id}/arms/A/metrics.csv");
        var scenario = Baseline(300, 16);
        var scheduled = scenario with { Schedule = [.. scenario.Schedule, new PolicyChange(6, 0, Lever.ServiceEffort, 0.95)] };
        Assert.Equal(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scheduled)), csv);
        Assert.NotEqual(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario)), csv);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Compare_mode_runs_two_arms_on_the_same_customers_and_luck()
    {
        var view = await explorer.NewSessionAsync(weeks: 12, compare: true);
        Assert.Equal(["A", "B"], view.Arms.Select(a => a.Name));
        Assert.Equal(200, (int)(await explorer.SetLeverAsync(view.Id, "B", "feedbackResponse", 0.95)).StatusCode);
        await explorer.PostAsync(view.Id, "start");
        var done = await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        var scenario = Baseline(300, 12);
        var a = await explorer.Http.GetStringAsync($"api/sessions/{view.Id}/arms/A/metrics.csv");
        var b = await explorer.Http.GetStringAsync($"api/sessions/{view.Id}/arms/B/metrics.csv");
        Assert.Equal(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario)), a);
        var closedLoop = scenario with { Schedule = [.. scenario.Schedule, new PolicyChange(0, 0, Lever.FeedbackResponse, 0.95)] };
        Assert.Equal(MetricsCsvWriter.ToText(new ReferenceEngine().Run(closedLoop)), b);
        Assert.NotEqual(done.Arms[0].Points[^1].Nps, done.Arms[1].Points[^1].Nps);
        // Week 0 starts from the same market: the arms share the population and the burn-in.
        Assert.Equal(done.Arms[0].Points[0].Prospects + done.Arms[0].Points[0].Customers, done.Arms[1].Points[0].Prospects + done.Arms[1].Points[0].Customers);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_customer_story_and_a_random_leavers_story_are_told()
    {
        var view = await explorer.NewSessionAsync(weeks: 40);
        await explorer.PostAsync(view.Id, "start");
        await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        var story = (await explorer.Http.GetFromJsonAsync<StoryView>($"api/sessions/{view.Id}/arms/A/customers/17", ExplorerFixture.Json))!;
        Assert.Equal(17, story.Customer);
        Assert.Equal(40, story.Weeks);
        Assert.Equal(BiographyNarrator.Narrate(CustomerBiography.Of(Baseline(300, 40), 17)), story.Lines);

        var leavers = Leavers.Of(Baseline(300, 40), 0);
        var leaver = (await explorer.Http.GetFromJsonAsync<StoryView>($"api/sessions/{view.Id}/arms/A/leaver?pick={leavers.Count + 2}", ExplorerFixture.Json))!;
        Assert.Equal(leavers[2], leaver.Customer);
        Assert.NotEmpty(leaver.Lines);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_report_download_is_the_run_folder_zipped()
    {
        var view = await explorer.NewSessionAsync(weeks: 6);
        await explorer.PostAsync(view.Id, "step");
        await explorer.PostAsync(view.Id, "step");

        var response = await explorer.Http.GetAsync($"api/sessions/{view.Id}/arms/A/report.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.Name).ToHashSet();
        Assert.Contains("report.html", names);
        Assert.Contains("metrics.csv", names);
        Assert.Contains("summary.json", names);
        using var report = new StreamReader(zip.Entries.First(e => e.Name == "report.html").Open());
        // Two of six weeks: the report must not look complete.
        Assert.Contains("INCOMPLETE RUN", await report.ReadToEndAsync());
    }
}
