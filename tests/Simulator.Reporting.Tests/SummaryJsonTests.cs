using System.Reflection;
using System.Text.Json;
using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Json;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests;

public class SummaryJsonTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 25, 7, 15, 0, TimeSpan.Zero);

    private static RunInfo Info(string id = "20261125-071500-seed42") => new(id, "reference", Started, Started.AddSeconds(12.5), "1.2.3-test");

    [Fact]
    public void Summary_parses_and_holds_the_run_identity_seed_and_completed_flag()
    {
        var result = ResultFixture.Baseline;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        var root = doc.RootElement;
        Assert.Equal("20261125-071500-seed42", root.GetProperty("runId").GetString());
        Assert.Equal("reference", root.GetProperty("engine").GetString());
        Assert.True(root.GetProperty("completed").GetBoolean());
        Assert.Equal(12.5, root.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(Started, root.GetProperty("startedAt").GetDateTimeOffset());
        Assert.Equal("1.2.3-test", root.GetProperty("versions").GetProperty("product").GetString());
        Assert.StartsWith(".NET", root.GetProperty("versions").GetProperty("dotnet").GetString(), StringComparison.Ordinal);
        var scenario = root.GetProperty("scenario");
        Assert.Equal(result.Scenario.Seed, scenario.GetProperty("seed").GetUInt64());
        Assert.Equal(ResultFixture.Customers, scenario.GetProperty("customers").GetInt32());
        Assert.Equal(ResultFixture.Weeks, scenario.GetProperty("weeks").GetInt32());
        Assert.Equal(result.Scenario.BurnInWeeks, scenario.GetProperty("burnInWeeks").GetInt32());
        Assert.Equal(ResultFixture.Replicates, scenario.GetProperty("replicates").GetInt32());
        Assert.Equal(result.Scenario.Description, scenario.GetProperty("description").GetString());
        Assert.Equal("smallWorld", scenario.GetProperty("network").GetProperty("kind").GetString());
    }

    [Fact]
    public void Summary_lists_every_lever_segment_setting_market_and_model_constant_by_json_name()
    {
        var result = ResultFixture.Baseline;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        var scenario = doc.RootElement.GetProperty("scenario");
        var focal = scenario.GetProperty("brands")[0];
        Assert.Equal(result.Scenario.Brands[0].Name, focal.GetProperty("name").GetString());
        Assert.Equal(result.Scenario.Brands[0].InitialShare, focal.GetProperty("initialShare").GetDouble());
        Assert.Equal(result.Scenario.Brands[0].InitialAwareness, focal.GetProperty("initialAwareness").GetDouble());
        Assert.Equal(PolicyLevers.All.Select(l => l.Name), focal.GetProperty("policy").EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Scenario.Brands[0].Policy.RelationshipBudget, focal.GetProperty("policy").GetProperty("relationshipBudget").GetDouble());

        var segment = scenario.GetProperty("segments")[1];
        Assert.Equal(result.Scenario.Segments[1].Name, segment.GetProperty("name").GetString());
        Assert.Equal(SegmentSpec.Specs.Select(p => p.Name), segment.GetProperty("settings").EnumerateObject().Select(p => p.Name));
        Assert.Equal(TraitDistribution.TraitNames, segment.GetProperty("traits").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.85, segment.GetProperty("traits").GetProperty("privacySensitivity").GetProperty("mean").GetDouble());
        Assert.False(segment.GetProperty("permanentNeed").GetBoolean());

        Assert.Equal(MarketParameters.Specs.Select(p => p.Name), scenario.GetProperty("market").EnumerateObject().Select(p => p.Name));
        Assert.Equal(ModelParameters.Specs.Select(p => p.Name), scenario.GetProperty("model").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Summary_holds_the_schedule_with_brand_and_lever_names()
    {
        var result = ResultFixture.StrategyShift;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        var schedule = doc.RootElement.GetProperty("scenario").GetProperty("schedule");
        Assert.Equal(result.Scenario.Schedule.Count, schedule.GetArrayLength());
        Assert.Contains(schedule.EnumerateArray(), e =>
            e.GetProperty("week").GetInt32() == 52 &&
            e.GetProperty("brand").GetString() == result.Scenario.Brands[0].Name &&
            e.GetProperty("lever").GetString() == "serviceEffort" &&
            e.GetProperty("value").GetDouble() == 0.1);
    }

    [Fact]
    public void Summary_holds_per_brand_headlines_per_replicate_and_their_mean()
    {
        var result = ResultFixture.Baseline;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        var headlines = doc.RootElement.GetProperty("headlines");
        Assert.Equal(result.Scenario.Brands.Count, headlines.GetArrayLength());
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            var brand = headlines[b];
            Assert.Equal(result.Scenario.Brands[b].Name, brand.GetProperty("brand").GetString());
            var replicates = brand.GetProperty("replicates");
            Assert.Equal(ResultFixture.Replicates, replicates.GetArrayLength());
            var h0 = Headlines.Of(result, 0, b);
            var h1 = Headlines.Of(result, 1, b);
            Assert.Equal(h0.CustomersAtEnd, replicates[0].GetProperty("customersAtEnd").GetInt64());
            Assert.Equal(h1.Acquisitions, replicates[1].GetProperty("acquisitions").GetInt64());
            Assert.Equal(h1.FinalNps, replicates[1].GetProperty("finalNps").GetDouble());
            var survey = replicates[1].GetProperty("survey");
            Assert.Equal(h1.Survey.Responses, survey.GetProperty("responses").GetInt64());
            Assert.Equal(h1.Survey.Low, survey.GetProperty("low").GetDouble(), 9);
            Assert.Equal(h1.SurveyNps, replicates[1].GetProperty("surveyNps").GetDouble(), 9);
            var answers = MetricsTable.Rows(result).Where(r => r.Replicate == 1 && r.Brand == h1.Brand && r.Segment == MetricsTable.AllSegments && r.Week >= result.Scenario.Weeks - Headlines.SurveyWeeks).ToList();
            Assert.Equal(answers.Sum(r => r.SurveyResponses), h1.Survey.Responses);
            Assert.Equal(answers.Sum(r => r.SurveyPromoters), h1.Survey.Promoters);
            var mean = brand.GetProperty("mean");
            Assert.Equal((h0.CustomersAtEnd + h1.CustomersAtEnd) / 2.0, mean.GetProperty("customersAtEnd").GetDouble());
            Assert.Equal((h0.Revenue + h1.Revenue) / 2, mean.GetProperty("revenue").GetDouble(), 9);
        }
    }

    [Fact]
    public void Summary_writes_nan_as_null()
    {
        // 20 weeks: retention after 52 and 104 weeks is undefined.
        var result = ResultFixture.Baseline;
        var text = SummaryJsonWriter.ToText(result, Info());
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var focal = doc.RootElement.GetProperty("headlines")[0];
        Assert.Equal(JsonValueKind.Null, focal.GetProperty("mean").GetProperty("retentionAt52").ValueKind);
        Assert.Equal(JsonValueKind.Null, focal.GetProperty("replicates")[0].GetProperty("retentionAt104").ValueKind);
        Assert.Equal(JsonValueKind.Null, focal.GetProperty("replicates")[0].GetProperty("cohortRetentionAt52").ValueKind);
    }

    [Fact]
    public void Summary_reads_back_into_the_same_figures()
    {
        var result = ResultFixture.Baseline;
        var summary = SummaryJsonWriter.Read(SummaryJsonWriter.ToText(result, Info()));
        Assert.NotNull(summary);
        Assert.Equal(result.Scenario.Seed, summary.Scenario.Seed);
        Assert.True(double.IsNaN(summary.Headlines[0].Mean.RetentionAt52));
        Assert.Equal(Headlines.Of(result, 1, 1), summary.Headlines[1].Replicates[1]);
    }

    [Fact]
    public void Summary_of_an_incomplete_run_says_so_and_counts_the_weeks_run()
    {
        var result = ResultFixture.Incomplete;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        Assert.False(doc.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal([7], doc.RootElement.GetProperty("weeksRun").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("stoppedBecause").ValueKind);
    }

    [Fact]
    public void Summary_of_a_run_stopped_by_a_failure_says_why()
    {
        var result = ResultFixture.Incomplete with { StoppedBecause = "silo S127.0.0.1:11112:1 was lost during week 7 of replicate 0" };
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info()));
        Assert.False(doc.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal("silo S127.0.0.1:11112:1 was lost during week 7 of replicate 0", doc.RootElement.GetProperty("stoppedBecause").GetString());
    }

    [Fact]
    public void Every_numeric_headline_has_a_mean()
    {
        var numeric = typeof(Headlines).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            // The survey's estimate carries its own sampling interval; its NPS has a mean as SurveyNps.
            .Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(SurveyEstimate) && p.Name != "EqualityContract")
            .Select(p => p.Name);
        var means = typeof(HeadlineMeans).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet();
        Assert.All(numeric, name => Assert.Contains(name, means));
    }

    [Fact]
    public void Mean_of_defined_values_leaves_nan_out() =>
        Assert.Equal(2, HeadlineMeans.MeanOfDefined([1, double.NaN, 3]));
}
