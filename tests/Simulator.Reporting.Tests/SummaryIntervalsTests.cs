using System.Globalization;
using System.Text.Json;
using Simulator.Experiments.Statistics;
using Simulator.Model.Metrics;
using Simulator.Reporting.Html;
using Simulator.Reporting.Json;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests;

public class SummaryIntervalsTests
{
    private static readonly RunInfo Info = new("20261125-071500-seed42", "reference", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(2), "1.0.0-test");

    [Fact]
    public void Summary_json_gives_each_headline_figure_its_mean_and_95_percent_interval_over_replicates()
    {
        var result = ReplicateFixture.Three;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info));
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            var replicates = Enumerable.Range(0, 3).Select(r => Headlines.Of(result, r, b)).ToArray();
            var intervals = doc.RootElement.GetProperty("headlines")[b].GetProperty("intervals");
            Assert.Equal(0.95, intervals.GetProperty("level").GetDouble());
            foreach (var (name, value) in new (string, Func<Headlines, double>)[]
            {
                ("finalNps", h => h.FinalNps),
                ("customersAtEnd", h => h.CustomersAtEnd),
                ("acquisitions", h => h.Acquisitions),
                ("revenue", h => h.Revenue),
            })
            {
                var expected = Interval.Of(replicates.Select(value));
                var figure = intervals.GetProperty(name);
                Assert.Equal(expected.Mean, figure.GetProperty("mean").GetDouble());
                Assert.Equal(expected.Lower, figure.GetProperty("ciLow").GetDouble());
                Assert.Equal(expected.Upper, figure.GetProperty("ciHigh").GetDouble());
                Assert.True(expected.Lower < expected.Mean && expected.Mean < expected.Upper, name);
                Assert.Equal(doc.RootElement.GetProperty("headlines")[b].GetProperty("mean").GetProperty(name).GetDouble(), expected.Mean, 9);
            }

            // 8 weeks: no retention after 52 weeks, so neither mean nor interval.
            Assert.Equal(JsonValueKind.Null, intervals.GetProperty("retentionAt52").GetProperty("mean").ValueKind);
            Assert.Equal(JsonValueKind.Null, intervals.GetProperty("retentionAt52").GetProperty("ciLow").ValueKind);
        }
    }

    [Fact]
    public void Summary_json_of_one_replicate_has_a_mean_and_null_bounds()
    {
        var result = ReplicateFixture.One;
        using var doc = JsonDocument.Parse(SummaryJsonWriter.ToText(result, Info));
        var nps = doc.RootElement.GetProperty("headlines")[0].GetProperty("intervals").GetProperty("finalNps");
        Assert.Equal(Headlines.Of(result, 0, 0).FinalNps, nps.GetProperty("mean").GetDouble());
        Assert.Equal(JsonValueKind.Null, nps.GetProperty("ciLow").ValueKind);
        Assert.Equal(JsonValueKind.Null, nps.GetProperty("ciHigh").ValueKind);
    }

    [Fact]
    public void Summary_json_intervals_read_back()
    {
        var result = ReplicateFixture.Three;
        var summary = SummaryJsonWriter.Read(SummaryJsonWriter.ToText(result, Info));
        Assert.NotNull(summary);
        var expected = HeadlineIntervals.Of(Enumerable.Range(0, 3).Select(r => Headlines.Of(result, r, 1)).ToArray());
        Assert.Equal(expected.FinalNps, summary.Headlines[1].Intervals.FinalNps);
        Assert.Equal(expected.CustomersAtEnd, summary.Headlines[1].Intervals.CustomersAtEnd);
    }

    [Fact]
    public void Every_numeric_headline_has_an_interval()
    {
        var numeric = typeof(Headlines).GetProperties()
            .Where(p => p.PropertyType != typeof(string) && p.PropertyType != typeof(SurveyEstimate) && p.Name != "EqualityContract")
            .Select(p => p.Name);
        var intervals = typeof(HeadlineIntervals).GetProperties().Where(p => p.PropertyType == typeof(HeadlineInterval)).Select(p => p.Name).ToHashSet();
        Assert.All(numeric, name => Assert.Contains(name, intervals));
    }

    [Fact]
    public void Report_headlines_show_mean_low_high_and_how_to_read_the_interval_with_several_replicates()
    {
        var result = ReplicateFixture.Three;
        var html = HtmlReportWriter.ToText(result, Info);
        var nps = Interval.Of(Enumerable.Range(0, 3).Select(r => Headlines.Of(result, r, 0).FinalNps));
        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"<td class=\"num\">{F(nps.Mean)} [{F(nps.Lower)}, {F(nps.Upper)}]</td>", html, StringComparison.Ordinal);
        Assert.Contains(HtmlReportWriter.Encode(HtmlReportWriter.IntervalSentence), html, StringComparison.Ordinal);
        Assert.Contains("95% confidence interval", HtmlReportWriter.IntervalSentence, StringComparison.Ordinal);
        Assert.Contains("shaded band", html, StringComparison.Ordinal);
        Assert.Contains("metrics-summary.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_headlines_of_one_replicate_show_plain_means()
    {
        var result = ReplicateFixture.One;
        var html = HtmlReportWriter.ToText(result, Info);
        var nps = Headlines.Of(result, 0, 0).FinalNps.ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"<td class=\"num\">{nps}</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlReportWriter.Encode(HtmlReportWriter.IntervalSentence), html, StringComparison.Ordinal);
        var table = html[html.IndexOf("<table class=\"headlines\">", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("id=\"headlines\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.DoesNotContain("[", table, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Run_directory_holds_metrics_summary_csv()
    {
        using var temp = new TempDirectory();
        var directory = await RunWriter.WriteAsync(ReplicateFixture.Three, Info, temp.Path);
        Assert.Contains("metrics-summary.csv", RunWriter.Files);
        var lines = await File.ReadAllLinesAsync(Path.Combine(directory, "metrics-summary.csv"));
        Assert.Equal(1 + ReplicateFixture.Weeks * 2 * 4, lines.Length);
    }
}
