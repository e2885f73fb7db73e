using System.Net.Http.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Hosting;
using Simulator.Explorer.Lessons;
using Simulator.Explorer.Sessions;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Guided lessons: the shipped ones, a lesson's session against the batch runs, and the reader's errors.</summary>
[Collection(ExplorerCollection.Name)]
public class LessonTests(ExplorerFixture explorer)
{
    // Each lesson and the shipped story whose claim it teaches: arm B must be that story.
    public static TheoryData<string, string> Stories => new()
    {
        { "ignored-feedback", "ignored-feedback" },
        { "closing-the-loop", "closed-loop-feedback" },
        { "effortless-service", "effortless-service" },
        { "acquisition-focus", "acquisition-focus" },
        { "lock-in", "lock-in-and-pressure" },
        { "data-harvesting", "data-harvesting-and-over-contact" },
        { "prevention", "prevention-first" },
        { "empathy", "empathetic-service" },
    };

    [Fact]
    public async Task One_lesson_per_claim_of_the_articles_is_listed()
    {
        var lessons = (await explorer.Http.GetFromJsonAsync<Lesson[]>("api/lessons", ExplorerFixture.Json))!;
        Assert.Equal(Stories.Select(s => (string)s[0]).Order(), lessons.Select(l => l.Name).Order());
        Assert.All(lessons, l =>
        {
            Assert.NotEmpty(l.ThingsToNotice);
            Assert.NotEmpty(l.ThingsToTry);
            Assert.NotEmpty(l.Expectations);
            Assert.EndsWith("?", l.Question, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void Arm_B_of_a_lesson_is_the_story_of_its_claim(string lessonName, string story)
    {
        var shelf = new ScenarioShelf(ExplorerFixture.ScenariosDirectory);
        var lesson = LessonReader.Read(Path.Combine(ExplorerFixture.LessonsDirectory, lessonName + ".json"), shelf, new ExplorerOptions());
        var scenario = shelf.Find(lesson.Scenario)!;
        var b = scenario with { Schedule = [.. scenario.Schedule, .. lesson.ArmB.Select(l => Change(scenario, l))] };
        var told = shelf.Find(story)!;
        Assert.Equal(Levers(told), Levers(b));
        Assert.NotEqual(Levers(scenario), Levers(b));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_lesson_runs_arm_B_as_the_story_and_judges_the_claim_with_the_runs_numbers()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "small.json"), SmallLesson);
        await using var host = await ExplorerHost.StartAsync(new ExplorerOptions { Port = 0, ScenariosDirectory = ExplorerFixture.ScenariosDirectory, LessonsDirectory = folder.Path }, verbose: false);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };

        var created = await http.PostAsJsonAsync("api/sessions", new CreateSessionRequest(null, null, null, null, false, 0, Lesson: "small"));
        Assert.Equal(201, (int)created.StatusCode);
        var view = (await created.Content.ReadFromJsonAsync<SessionView>(ExplorerFixture.Json))!;
        Assert.Equal(("small", true, 2, 300), (view.Lesson, view.Compare, view.Replicates, view.Customers));
        var session = host.Sessions.Find(view.Id)!;
        await UntilAsync(session, () => session.Status == SessionStatus.Ready);
        var ready = (await http.GetFromJsonAsync<SessionView>($"api/sessions/{view.Id}", ExplorerFixture.Json))!;
        Assert.Empty(ready.Arms[0].Interventions);
        Assert.Equal([new InterventionView(0, "Focal", "feedbackSolicitation", 0.12), new InterventionView(0, "Focal", "feedbackResponse", 0)], ready.Arms[1].Interventions);
        var early = (await http.GetFromJsonAsync<LessonView>($"api/sessions/{view.Id}/lesson", ExplorerFixture.Json))!;
        Assert.Null(early.Outcome);

        await http.PostAsync($"api/sessions/{view.Id}/start", null);
        await UntilAsync(session, () => session.Status == SessionStatus.Finished);

        // Arm A is the baseline, arm B the ignored-feedback story, replicate by replicate.
        ulong seed = 42;
        var baseline = Load("baseline").WithRun(customers: 300, weeks: 10, seed: seed, replicates: 2);
        var ignored = Load("ignored-feedback").WithRun(customers: 300, weeks: 10, seed: seed, replicates: 2);
        var a = new ReferenceEngine().Run(baseline);
        var b = new ReferenceEngine().Run(ignored);
        Assert.Equal(MetricsCsvWriter.ToText(a), await http.GetStringAsync($"api/sessions/{view.Id}/arms/A/metrics.csv"));
        Assert.Equal(MetricsCsvWriter.ToText(b), await http.GetStringAsync($"api/sessions/{view.Id}/arms/B/metrics.csv"));

        var lesson = (await http.GetFromJsonAsync<LessonView>($"api/sessions/{view.Id}/lesson", ExplorerFixture.Json))!;
        Assert.True(lesson.Finished);
        var outcome = lesson.Outcome!;
        Assert.Equal((9, 2), (outcome.Week, outcome.Replicates));
        Assert.Equal(LessonMeasures.All.Select(m => m.Name), outcome.Measures.Select(m => m.Measure));
        var nps = outcome.Measures.Single(m => m.Measure == "nps");
        double Nps(SimulationResult r, int replicate) => Model.Metrics.MetricsTable.Row(r.Replicates[replicate].Ticks[9], replicate, 9, 0, "", -1, Model.Metrics.MetricsTable.AllSegments).Nps;
        Assert.Equal((Nps(b, 0) - Nps(a, 0) + Nps(b, 1) - Nps(a, 1)) / 2, nps.Difference, 9);
        Assert.Equal((Nps(a, 0) + Nps(a, 1)) / 2, nps.A, 9);
        Assert.NotNull(nps.Lower);

        var judged = Assert.Single(outcome.Expectations);
        var expected = nps.Lower < 0 && nps.Upper < 0 ? "agrees" : nps.Lower > 0 ? "disagrees" : "unclear";
        Assert.Equal(("nps", "lower", expected), (judged.Measure, judged.Direction, judged.Verdict));
        Assert.Contains("week 9, 2 replicates", judged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_lesson_names_the_file_the_path_the_line_and_what_is_allowed()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "broken.json");
        File.WriteAllText(path, SmallLesson
            .Replace("\"seed\": 42,", "\"seed\": 42,\n  \"colour\": \"red\",", StringComparison.Ordinal)
            .Replace("\"feedbackResponse\": 0", "\"feedbackResponse\": 3", StringComparison.Ordinal)
            .Replace("\"Focal\"", "\"Focall\"", StringComparison.Ordinal)
            .Replace("\"direction\": \"lower\"", "\"direction\": \"down\"", StringComparison.Ordinal)
            .Replace("\"scenario\": \"baseline\"", "\"scenario\": \"basline\"", StringComparison.Ordinal));
        var shelf = new ScenarioShelf(ExplorerFixture.ScenariosDirectory);

        var e = Assert.Throws<LessonException>(() => LessonReader.Read(path, shelf, new ExplorerOptions()));
        Assert.Contains(e.Errors, x => x.Path == "$.colour" && x.Line == 9 && x.Message == "unknown field 'colour'" && x.Allowed!.Contains("colourBy", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Path == "$.scenario" && x.Line == 5 && x.Allowed!.Contains("baseline", StringComparison.Ordinal));
        Assert.Contains(e.Errors, x => x.Path == "$.expect[0].direction" && x.Allowed == "higher, lower");
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);

        // With the scenario right, the brand is checked against it, and then the lever's range.
        File.WriteAllText(path, SmallLesson.Replace("\"Focal\"", "\"Focall\"", StringComparison.Ordinal));
        var brand = Assert.Single(Assert.Throws<LessonException>(() => LessonReader.Read(path, shelf, new ExplorerOptions())).Errors);
        Assert.Equal(("$.armB.Focall", "Focal, Rival"), (brand.Path, brand.Allowed));
        File.WriteAllText(path, SmallLesson.Replace("\"feedbackResponse\": 0", "\"feedbackResponse\": 3", StringComparison.Ordinal));
        var range = Assert.Single(Assert.Throws<LessonException>(() => LessonReader.Read(path, shelf, new ExplorerOptions())).Errors);
        Assert.Equal(("$.armB.Focal.feedbackResponse", 10), (range.Path, range.Line));
        Assert.Contains("0 to 1", range.Allowed, StringComparison.Ordinal);
        File.WriteAllText(path, SmallLesson.Replace("\"question\": \"Will NPS fall?\",", "", StringComparison.Ordinal));
        Assert.Equal("$.question", Assert.Single(Assert.Throws<LessonException>(() => LessonReader.Read(path, shelf, new ExplorerOptions())).Errors).Path);
    }

    // Every lever of every brand at week 0.
    private static double[] Levers(Scenario scenario) =>
        [.. scenario.CreateSchedule().PoliciesAt(0).SelectMany(p => Model.Brands.PolicyLevers.All.Select((_, i) => p[(Model.Brands.Lever)i]))];

    private static Scenario Load(string name) => ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, name + ".json"));

    private static Model.Brands.PolicyChange Change(Scenario scenario, LessonLever lever) =>
        new(0, scenario.Brands.ToList().FindIndex(b => b.Name == lever.Brand), (Model.Brands.Lever)Model.Brands.PolicyLevers.All.ToList().FindIndex(l => l.Name == lever.Lever), lever.Value);

    private static async Task UntilAsync(ExplorerSession session, Func<bool> done)
    {
        while (true)
        {
            var changed = session.Changed;
            if (done())
            {
                return;
            }

            Assert.NotEqual(SessionStatus.Failed, session.Status);
            await changed.WaitAsync(TimeSpan.FromMinutes(2));
        }
    }

    private const string SmallLesson = """
        {
          "title": "A small lesson",
          "claim": "Ignoring feedback costs advocacy.",
          "source": "Franz.",
          "scenario": "baseline",
          "customers": 300,
          "weeks": 10,
          "seed": 42,
          "replicates": 2,
          "armB": { "Focal": { "feedbackSolicitation": 0.12, "feedbackResponse": 0 } },
          "whatIsIt": "Two arms.",
          "howItWorks": "Feedback requests.",
          "thingsToNotice": ["NPS."],
          "thingsToTry": ["More weeks."],
          "extending": "Forgetting.",
          "question": "Will NPS fall?",
          "expect": [{ "measure": "nps", "direction": "lower" }]
        }
        """;
}
