using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Html;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes a comparison's <c>report.html</c>: one self-contained page (inline CSS, no scripts, nothing
/// fetched from the network) with the scenarios' descriptions, the headline table with intervals and
/// "excludes zero" marks, the charts (PNG files beside it, by relative path) with one sentence each on
/// how to read them, and the exact command that reproduces the comparison. User text is HTML-encoded.
/// </summary>
public static class ComparisonReportWriter
{
    /// <summary>The file name inside a comparison directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The banner text of an incomplete comparison.</summary>
    public const string IncompleteBanner = "INCOMPLETE COMPARISON";

    /// <summary>Writes the report to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteFile(ComparisonRun run, ComparisonInfo info, IReadOnlyList<ComparisonChart> charts, IReadOnlyList<string> folders, string path)
    {
        using var writer = CsvFormat.CreateWriter(path);
        writer.Write(ToText(run, info, charts, folders));
    }

    /// <summary>The whole page as text.</summary>
    /// <param name="run">The comparison.</param>
    /// <param name="info">Its id, engine, times and command.</param>
    /// <param name="charts">The charts written beside the report.</param>
    /// <param name="folders">Each scenario's sub-folder, in order.</param>
    public static string ToText(ComparisonRun run, ComparisonInfo info, IReadOnlyList<ComparisonChart> charts, IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(folders);
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        var first = run.Results[0].Scenario;
        var title = "Comparison: " + string.Join(" vs ", run.Labels);

        HtmlPage.Open(html, $"{title} - {info.RunId}");
        Line($"<h1>{Encode(title)}</h1>");
        Line(Invariant($"<p>The focal brand's headline figures under {run.Labels.Count} scenarios, each run {first.Replicates} times with the same seed: replicate k of every scenario uses the same random numbers (common random numbers), so each difference is taken replicate by replicate and its interval reflects the policies, not the luck of the draw.</p>"));

        if (!run.Completed || info.NotRun.Count > 0)
        {
            var done = string.Join("; ", run.Results.Select((r, i) => run.Labels[i] + ": " + string.Join(", ", r.Replicates.Select(x => Invariant($"replicate {x.Replicate} {x.Ticks.Count}/{r.Scenario.Weeks} weeks")))));
            var notRun = info.NotRun.Count > 0 ? " Not started: " + string.Join(", ", info.NotRun) + "." : "";
            Line($"<div class=\"banner\" role=\"alert\">{IncompleteBanner}: stopped before every run finished ({Encode(done)}).{Encode(notRun)} The headline figures use only replicates that ran every week; the charts show every week that finished.</div>");
        }

        Line("<section id=\"scenarios\">");
        Line("<h2>Scenarios</h2>");
        Line("<table>");
        Line("<thead><tr><th>Scenario</th><th>Description</th><th>File</th><th>Data</th></tr></thead>");
        Line("<tbody>");
        for (var s = 0; s < run.Labels.Count; s++)
        {
            var scenario = run.Results[s].Scenario;
            var role = s == 0 ? " <span class=\"note\">(reference)</span>" : "";
            Line($"<tr><th>{Encode(run.Labels[s])}{role}</th><td>{Encode(scenario.Description)}</td><td>{Encode(scenario.SourceFile ?? "(none)")}</td>" +
                 $"<td><a href=\"{Encode(folders[s])}/metrics.csv\">metrics.csv</a></td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("<table class=\"facts\">");
        Fact(html, "Comparison id", Encode(info.RunId));
        Fact(html, "Engine", Encode(info.Engine));
        Fact(html, "Customers", Invariant($"{first.Customers:#,0}"));
        Fact(html, "Weeks", Invariant($"{first.Weeks} (after {first.BurnInWeeks} weeks of burn-in, not reported)"));
        Fact(html, "Seed", Invariant($"{first.Seed} (every scenario)"));
        Fact(html, "Replicates", Invariant($"{first.Replicates} per scenario"));
        Fact(html, "Started", Encode(info.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Fact(html, "Duration", Invariant($"{info.Duration.TotalSeconds:0.0} s"));
        Line("</table>");
        Line("</section>");

        WriteHeadlines(html, run);
        WriteWorth(html, run);

        Line("<section id=\"charts\">");
        Line("<h2>Charts</h2>");
        foreach (var chart in charts)
        {
            HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.PngFile, chart.Width, chart.Height, chart.PngFile, chart.SvgFile);
        }

        Line("</section>");

        Line("<section id=\"reproduce\">");
        Line("<h2>Reproduce</h2>");
        Line("<p>The same command gives the same numbers, on either engine:</p>");
        Line($"<pre><code>{Encode(info.Command)}</code></pre>");
        Line("</section>");

        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{ComparisonCsvWriter.FileName}\">{ComparisonCsvWriter.FileName}</a>: per figure and scenario, the mean and 95% interval, and the paired difference from {Encode(run.Labels[0])} with its interval.</li>");
        Line($"<li><a href=\"{WorthCsvWriter.FileName}\">{WorthCsvWriter.FileName}</a>: per scenario after the first, incremental revenue, cost and profit with intervals, ROI and payback week.</li>");
        Line($"<li><a href=\"{WeeklyCsvWriter.FileName}\">{WeeklyCsvWriter.FileName}</a>: the focal brand's customers, NPS, mean trust, mean anger and cumulative profit per scenario, replicate and week.</li>");
        Line($"<li><a href=\"{SummaryJsonWriter.FileName}\">{SummaryJsonWriter.FileName}</a>: the comparison's settings, command and completeness; each scenario's folder holds its metrics.csv and summary.json.</li>");
        Line("</ul>");
        Line("</section>");

        HtmlPage.Close(html, info.EffectiveProductVersion);
        return html.ToString();
    }

    private static void WriteWorth(StringBuilder html, ComparisonRun run)
    {
        var worth = WorthAnalysis.Of(run);
        if (worth.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"worth\">\n<h2>Is it worth it?</h2>\n");
        html.Append("<table>\n<thead><tr><th>Scenario</th><th class=\"num\">Incremental revenue [95%]</th><th class=\"num\">Incremental cost [95%]</th><th class=\"num\">Incremental profit [95%]</th><th class=\"num\">ROI [95%]</th><th class=\"num\">Payback week</th></tr></thead>\n<tbody>\n");
        foreach (var w in worth)
        {
            html.Append("<tr><td>").Append(Encode(w.Scenario)).Append("</td><td class=\"num\">").Append(Encode(WorthText.Money(w.IncrementalRevenue)))
                .Append("</td><td class=\"num\">").Append(Encode(WorthText.Money(w.IncrementalCost)))
                .Append("</td><td class=\"num\">").Append(Encode(WorthText.Money(w.IncrementalProfit)))
                .Append("</td><td class=\"num\">").Append(Encode(WorthText.Roi(w)))
                .Append("</td><td class=\"num\">").Append(Encode(WorthText.Payback(w))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append("<p class=\"note\">Against ").Append(Encode(run.Labels[0])).Append(", on the same seeds: every cost counts (acquisition, service, the experience levers, the unit cost of serving; docs/economics.md). ROI is the incremental profit over the incremental cost, with a bootstrap interval over the replicate pairs; the payback week is the first week from which the cumulative profit difference stays at or above zero. Also in worth.csv.</p>\n</section>\n");
    }

    private static void WriteHeadlines(StringBuilder html, ComparisonRun run)
    {
        var table = run.Table;
        html.Append("<section id=\"headlines\">\n<h2>Headline figures of the focal brand</h2>\n");
        html.Append(Invariant($"<p class=\"note\">Means over the replicates that ran every week ({string.Join(", ", run.Labels.Select((l, i) => Encode(l) + ": " + run.CompleteReplicates[i].ToString(CultureInfo.InvariantCulture)))}), with 95% t-intervals. "))
            .Append($"A difference is the scenario minus {Encode(table.Reference)}, replicate by replicate; <strong>yes</strong> under \"excludes 0\" means its 95% interval lies wholly on one side of zero. ")
            .Append("Customer lifetime value (run window) = (revenue \u2212 every cost: acquisition, service, experience levers, unit cost) / (customers at week 0 + customers acquired), over the weeks run, undiscounted. n/a: the run is too short for the figure, or one replicate gives no interval.</p>\n");
        html.Append("<table class=\"headlines\">\n<thead><tr><th>Figure</th><th>Scenario</th><th class=\"num\">Mean</th><th class=\"num\">95% CI</th>")
            .Append($"<th class=\"num\">Difference from {Encode(table.Reference)}</th><th class=\"num\">95% CI of difference</th><th>Excludes 0</th></tr></thead>\n<tbody>\n");
        foreach (var figure in table.Figures)
        {
            var firstRow = true;
            foreach (var scenario in table.Scenarios)
            {
                var row = table.Row(figure.Key, scenario);
                html.Append(firstRow ? "<tr class=\"first-of-figure\">" : "<tr>");
                html.Append("<th>").Append(firstRow ? Encode(figure.Label) : "").Append("</th>");
                html.Append("<td>").Append(Encode(scenario)).Append("</td>");
                html.Append("<td class=\"num\">").Append(Encode(figure.FormatValue(row.Estimate.Mean))).Append("</td>");
                html.Append("<td class=\"num\">").Append(Encode(figure.FormatInterval(row.Estimate.Lower, row.Estimate.Upper))).Append("</td>");
                if (row.Difference is { } d)
                {
                    html.Append("<td class=\"num\">").Append(Encode(figure.FormatDifference(d.Mean) + (double.IsFinite(d.Mean) ? " " + figure.DifferenceUnit : ""))).Append("</td>");
                    html.Append("<td class=\"num\">").Append(Encode(figure.FormatInterval(d.Lower, d.Upper, signed: true))).Append("</td>");
                    html.Append(row.ExcludesZero switch
                    {
                        true => "<td class=\"yes\">yes</td>",
                        false => "<td class=\"no\">no</td>",
                        null => "<td class=\"no\">n/a</td>",
                    });
                }
                else
                {
                    html.Append("<td class=\"num note\">reference</td><td></td><td></td>");
                }

                html.Append("</tr>\n");
                firstRow = false;
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string label, string encodedValue) => HtmlPage.Fact(html, label, encodedValue);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
