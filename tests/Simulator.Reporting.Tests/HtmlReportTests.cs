using Simulator.Reporting.Charts;
using Simulator.Reporting.Html;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests;

public class HtmlReportTests
{
    private static readonly RunInfo Info = new("20261125-071500-seed42", "reference", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddMinutes(1));

    [Fact]
    public void Report_html_encodes_the_description_and_names()
    {
        var html = HtmlReportWriter.ToText(ResultFixture.AwkwardNames, Info);
        Assert.Contains("Pricing &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; test", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Acme, &quot;Best&quot; Co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme, \"Best\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_html_shows_every_chart_with_a_sentence_on_how_to_read_it()
    {
        var html = HtmlReportWriter.ToText(ResultFixture.Baseline, Info);
        foreach (var chart in ChartRenderer.Charts)
        {
            Assert.Contains($"<img src=\"{chart.SvgFile}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{chart.PngFile}\"", html, StringComparison.Ordinal);
            Assert.Contains(HtmlReportWriter.Encode(chart.HowToRead), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_html_shows_the_run_settings_and_a_headline_table_per_brand()
    {
        var result = ResultFixture.Baseline;
        var html = HtmlReportWriter.ToText(result, Info);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("20261125-071500-seed42", html, StringComparison.Ordinal);
        Assert.Contains("<td>reference</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{result.Scenario.Seed}</td>", html, StringComparison.Ordinal);
        Assert.Contains("Final NPS", html, StringComparison.Ordinal);
        Assert.Contains("Churn: switched to a competitor", html, StringComparison.Ordinal);
        Assert.All(result.Scenario.Brands, b => Assert.Contains(b.Name, html, StringComparison.Ordinal));
        Assert.DoesNotContain(HtmlReportWriter.IncompleteBanner, html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_html_lists_the_policy_schedule()
    {
        var html = HtmlReportWriter.ToText(ResultFixture.StrategyShift, Info);
        Assert.Contains("<td>serviceEffort</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">52</td>", html, StringComparison.Ordinal);
        Assert.Contains("No scheduled policy changes", HtmlReportWriter.ToText(ResultFixture.Baseline, Info), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_html_of_an_incomplete_run_shows_a_banner()
    {
        var html = HtmlReportWriter.ToText(ResultFixture.Incomplete, Info);
        Assert.Contains(HtmlReportWriter.IncompleteBanner, html, StringComparison.Ordinal);
        Assert.Contains("replicate 0: 7 of 20 weeks", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_html_of_a_run_stopped_by_a_failure_says_why()
    {
        var html = HtmlReportWriter.ToText(ResultFixture.Incomplete with { StoppedBecause = "silo S127.0.0.1:11112:1 was lost during week 7" }, Info);
        Assert.Contains($"{HtmlReportWriter.IncompleteBanner}: the run was stopped because silo S127.0.0.1:11112:1 was lost during week 7 before every week", html, StringComparison.Ordinal);
    }
}
