using Simulator.Model.Brands.Responses;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Html;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests;

/// <summary>The brands' responses in responses.csv and in the report.</summary>
public class ResponsesOutputTests
{
    private static readonly RunInfo Info = new("20261202-120000-seed42", "reference", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1));

    [Fact]
    public void Responses_csv_has_one_row_per_change_of_every_replicates_responses()
    {
        var result = ResultFixture.Rival;
        var records = CsvParser.Parse(ResponsesCsvWriter.ToText(result));
        Assert.Equal(ResponsesCsvWriter.Columns.Select(c => c.Name), records[0]);

        var expected = result.Replicates.SelectMany(r => r.Responses.SelectMany(p => p.Changes.Select(c => (r.Replicate, p, c)))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, records.Count - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            var (replicate, response, change) = expected[i];
            var row = records[i + 1];
            Assert.Equal([$"{replicate}", $"{response.DecidedWeek}", $"{change.Week}", "Rival", "copyLeader"], row.Take(5));
            Assert.Equal(Model.Brands.PolicyLevers.NameOf(change.Lever), row[5]);
            Assert.Equal(change.Value, double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(response.Reason, row[7]);
        }
    }

    [Fact]
    public void A_run_without_rules_writes_the_header_only_and_no_report_section()
    {
        Assert.Single(CsvParser.Parse(ResponsesCsvWriter.ToText(ResultFixture.Baseline)));
        Assert.DoesNotContain("Responses of the brands", HtmlReportWriter.ToText(ResultFixture.Baseline, Info), StringComparison.Ordinal);
        Assert.Contains(ResponsesCsvWriter.FileName, RunWriter.Files);
    }

    [Fact]
    public void The_report_lists_replicate_0s_responses_with_their_weeks_and_reasons()
    {
        var result = ResultFixture.Rival;
        var html = HtmlReportWriter.ToText(result, Info);
        Assert.Contains("<h3>Responses of the brands (replicate 0)</h3>", html, StringComparison.Ordinal);
        foreach (var response in result.Replicates[0].Responses)
        {
            Assert.Contains(HtmlReportWriter.Encode(response.Reason), html, StringComparison.Ordinal);
            Assert.Contains($"<td class=\"num\">{response.DecidedWeek}</td><td class=\"num\">{response.EffectiveWeek}</td>", html, StringComparison.Ordinal);
        }

        Assert.All(result.Replicates[0].Responses, r => Assert.Equal(ResponseKind.CopyLeader, r.Kind));
    }

    [Fact]
    public void Summary_json_states_each_brands_rules_with_the_fields_of_their_kind()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Json.SummaryJsonWriter.ToText(ResultFixture.Rival, Info));
        var brands = doc.RootElement.GetProperty("scenario").GetProperty("brands");
        Assert.Equal(0, brands[0].GetProperty("responses").GetArrayLength());
        var rules = brands[1].GetProperty("responses");
        Assert.Equal(3, rules.GetArrayLength());
        Assert.Equal("copyLeader", rules[0].GetProperty("rule").GetString());
        Assert.Equal("serviceEffort", rules[0].GetProperty("lever").GetString());
        Assert.Equal("leader", rules[0].GetProperty("of").GetString());
        Assert.Equal(26, rules[0].GetProperty("delayWeeks").GetInt32());
        Assert.False(rules[0].TryGetProperty("floor", out _));
        Assert.Equal("defendShare", rules[2].GetProperty("rule").GetString());
        Assert.Equal(0.05, rules[2].GetProperty("shareDrop").GetDouble());
        Assert.False(rules[2].TryGetProperty("lever", out _));
    }
}
