using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Json;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Html;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS, no scripts, nothing fetched from the
/// network) that shows the run's inputs, headline figures per brand and the charts, which it references
/// by relative path (they sit beside it in the run directory). Every user-supplied text is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The text of the banner shown on an incomplete run.</summary>
    public const string IncompleteBanner = "INCOMPLETE RUN";

    /// <summary>How to read the 95% intervals of the headline table, shown when there are several replicates.</summary>
    public const string IntervalSentence =
        "[low, high] is a 95% confidence interval over replicates (mean \u00b1 t \u00b7 s / \u221an): if the scenario were run again with fresh seeds, " +
        "intervals made this way would hold the true long-run mean 95 times in 100, and more replicates make them narrower.";

    /// <summary>Writes the report of <paramref name="result"/>; <paramref name="charts"/> defaults to <see cref="ChartRenderer.Charts"/>.</summary>
    public static void Write(SimulationResult result, RunInfo info, TextWriter writer, IReadOnlyList<ChartDefinition>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(result, info, charts ?? ChartRenderer.Charts));
    }

    /// <summary>Writes the file to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteFile(SimulationResult result, RunInfo info, string path, IReadOnlyList<ChartDefinition>? charts = null)
    {
        using var writer = CsvFormat.CreateWriter(path);
        Write(result, info, writer, charts);
    }

    /// <summary>The whole page as text.</summary>
    public static string ToText(SimulationResult result, RunInfo info, IReadOnlyList<ChartDefinition>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        return Render(result, info, charts ?? ChartRenderer.Charts);
    }

    /// <summary>HTML-encodes user text (names, descriptions).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Render(SimulationResult result, RunInfo info, IReadOnlyList<ChartDefinition> charts)
    {
        var scenario = result.Scenario;
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');

        HtmlPage.Open(html, $"{scenario.Name} - {info.RunId}");
        Line("<header>");
        Line($"<h1>{Encode(scenario.Name)}</h1>");
        Line($"<p class=\"description\">{Encode(scenario.Description)}</p>");
        Line("</header>");

        if (!result.Completed)
        {
            var done = string.Join(", ", result.Replicates.Select(r => Invariant($"replicate {r.Replicate}: {r.Ticks.Count} of {scenario.Weeks} weeks")));
            var why = result.StoppedBecause is null ? "" : $" because {Encode(result.StoppedBecause)}";
            Line($"<div class=\"banner incomplete\" role=\"alert\">{IncompleteBanner}: the run was stopped{why} before every week of every replicate finished " +
                 $"({Encode(done.Length == 0 ? "nothing finished" : done)}). The figures below cover only what finished.</div>");
        }

        Line("<section id=\"run\">");
        Line("<h2>Run</h2>");
        Line("<table class=\"facts\">");
        Fact(html, "Run id", Encode(info.RunId));
        Fact(html, "Engine", Encode(info.Engine));
        Fact(html, "Seed", Invariant($"{scenario.Seed}"));
        Fact(html, "Customers", Invariant($"{scenario.Customers:#,0}"));
        Fact(html, "Weeks", Invariant($"{scenario.Weeks} (after {scenario.BurnInWeeks} weeks of burn-in, not reported)"));
        Fact(html, "Replicates", Invariant($"{scenario.Replicates}"));
        Fact(html, "Completed", result.Completed ? "yes" : "<strong>no</strong>");
        Fact(html, "Started", Encode(info.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Fact(html, "Finished", Encode(info.FinishedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Fact(html, "Duration", Invariant($"{info.Duration.TotalSeconds:0.0} s"));
        Fact(html, "Scenario file", Encode(scenario.SourceFile ?? "(none)"));
        Fact(html, "Brands", Encode(string.Join(", ", scenario.Brands.Select((b, i) => i == 0 ? FocalName(b.Name) : b.Name))));
        Fact(html, "Segments", Encode(string.Join(", ", scenario.Segments.Select(s => s.Name))));
        Line("</table>");
        Line("</section>");

        WriteHeadlines(html, result);

        Line("<section id=\"charts\">");
        Line("<h2>Charts</h2>");
        if (result.Replicates.Count > 1)
        {
            Line(Invariant($"<p class=\"note\">Each chart shows the mean over {result.Replicates.Count} replicates; the shaded band around a line is its 95% confidence interval.</p>"));
        }

        foreach (var chart in charts)
        {
            HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.SvgFile, ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
        }

        Line("</section>");

        WritePolicies(html, result);

        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{MetricsCsvWriter.FileName}\">{MetricsCsvWriter.FileName}</a>: one row per replicate, week, brand and segment.</li>");
        Line($"<li><a href=\"{MetricsSummaryCsvWriter.FileName}\">{MetricsSummaryCsvWriter.FileName}</a>: per week, brand and segment, the mean and 95% interval over replicates of every metric.</li>");
        Line($"<li><a href=\"{TouchpointsCsvWriter.FileName}\">{TouchpointsCsvWriter.FileName}</a>: touchpoints by kind per replicate, week, brand and segment.</li>");
        Line($"<li><a href=\"{CohortsCsvWriter.FileName}\">{CohortsCsvWriter.FileName}</a>: customers still with each brand by acquisition cohort.</li>");
        Line($"<li><a href=\"{ResponsesCsvWriter.FileName}\">{ResponsesCsvWriter.FileName}</a>: the policy changes the brands' response rules made, with the reason.</li>");
        Line($"<li><a href=\"{SummaryJsonWriter.FileName}\">{SummaryJsonWriter.FileName}</a>: the resolved scenario, versions and headline figures.</li>");
        Line("</ul>");
        Line("</section>");

        HtmlPage.Close(html, info.EffectiveProductVersion);
        return html.ToString();
    }

    private static void WriteHeadlines(StringBuilder html, SimulationResult result)
    {
        var scenario = result.Scenario;
        var headlines = Enumerable.Range(0, scenario.Brands.Count)
            .Select(b => Enumerable.Range(0, result.Replicates.Count).Select(r => Headlines.Of(result, r, b)).ToArray())
            .ToArray();
        var rows = new (string Label, Func<Headlines, double> Value, Func<double, string> Format)[]
        {
            ("Customers at start", h => h.CustomersAtStart, Count),
            ("Customers at end", h => h.CustomersAtEnd, Count),
            ("Week-0 customers kept after 52 weeks", h => h.RetentionAt52, Percent),
            ("Week-0 customers kept after 104 weeks", h => h.RetentionAt104, Percent),
            ("Acquired customers kept 52 weeks after joining (pooled cohorts)", h => h.CohortRetentionAt52, Percent),
            ("Acquisitions", h => h.Acquisitions, Count),
            ("Churn: left dissatisfied, for nothing", h => h.ChurnDissatisfied, Count),
            ("Churn: switched to a competitor", h => h.ChurnSwitched, Count),
            ("Churn: need ended", h => h.ChurnNeedEnded, Count),
            (Invariant($"Final NPS (last {Headlines.FinalNpsWeeks} weeks, points)"), h => h.FinalNps, v => Number(v, "0.0")),
            (Invariant($"Surveyed NPS (last {Headlines.SurveyWeeks} weeks, points): what the brand's survey reports"), h => h.SurveyNps, v => Number(v, "0.0")),
            (Invariant($"Survey answers (last {Headlines.SurveyWeeks} weeks)"), h => h.Survey.Responses, Count),
            ("Surveyed NPS sampling margin (± points, 95%)", h => SurveyEstimate.Z95 * h.Survey.StandardError, v => Number(v, "0.0")),
            ("Word of mouth + (recommendations)", h => h.WordOfMouthPositive, Count),
            ("Word of mouth \u2212 (warnings)", h => h.WordOfMouthNegative, Count),
            ("Complaints", h => h.Complaints, Count),
            ("Revenue", h => h.Revenue, v => Number(v, "#,0.00")),
            ("Costs (acquisition, service, experience levers, unit cost)", h => h.Costs, v => Number(v, "#,0.00")),
            ("Profit (revenue minus every cost)", h => h.Profit, v => Number(v, "#,0.00")),
            ("Customer equity (discounted profit plus the customers left at the end)", h => h.CustomerEquity, v => Number(v, "#,0.00")),
        };

        html.Append("<section id=\"headlines\">\n<h2>Headline figures</h2>\n");
        var weeksRun = result.Replicates.Count == 0 ? 0 : result.Replicates.Max(r => r.Ticks.Count);
        var withIntervals = result.Replicates.Count > 1;
        html.Append(withIntervals
            ? Invariant($"<p class=\"note\">Means over {result.Replicates.Count} replicates of {weeksRun} weeks, written mean [low, high]; n/a where the run is too short for the figure.</p>\n") +
              "<p class=\"note\">" + Encode(IntervalSentence) + "</p>\n"
            : Invariant($"<p class=\"note\">One replicate of {weeksRun} weeks; n/a where the run is too short for the figure.</p>\n"));
        html.Append("<table class=\"headlines\">\n<thead><tr><th>Figure</th>");
        for (var b = 0; b < scenario.Brands.Count; b++)
        {
            html.Append("<th class=\"num\">").Append(Encode(b == 0 ? FocalName(scenario.Brands[b].Name) : scenario.Brands[b].Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (label, value, format) in rows)
        {
            html.Append("<tr><th>").Append(Encode(label)).Append("</th>");
            foreach (var brand in headlines)
            {
                var figure = HeadlineInterval.Of(brand.Select(value));
                html.Append("<td class=\"num\">").Append(format(figure.Mean));
                if (withIntervals && double.IsFinite(figure.CiLow))
                {
                    html.Append(" [").Append(format(figure.CiLow)).Append(", ").Append(format(figure.CiHigh)).Append(']');
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    // The changes the brands' response rules made in replicate 0: the week seen, the week acted, why.
    private static void WriteResponses(StringBuilder html, SimulationResult result)
    {
        var scenario = result.Scenario;
        if (scenario.Brands.All(b => b.Responses.Count == 0))
        {
            return;
        }

        html.Append("<h3>Responses of the brands (replicate 0)</h3>\n");
        var responses = result.Replicates.Count == 0 ? [] : result.Replicates[0].Responses;
        if (responses.Count == 0)
        {
            html.Append("<p>The brands' response rules (section 4.2 of docs/model.md) saw nothing to respond to.</p>\n");
            return;
        }

        html.Append("<table class=\"responses\">\n<thead><tr><th class=\"num\">Seen in week</th><th class=\"num\">Acts from week</th><th>Brand</th><th>Rule</th><th>Why, and what</th></tr></thead>\n<tbody>\n");
        foreach (var response in responses)
        {
            html.Append(Invariant($"<tr><td class=\"num\">{response.DecidedWeek}</td><td class=\"num\">{response.EffectiveWeek}</td>"))
                .Append("<td>").Append(Encode(scenario.Brands[response.Brand].Name)).Append("</td>")
                .Append("<td>").Append(Encode(Model.Brands.Responses.ResponseRules.NameOf(response.Kind))).Append("</td>")
                .Append("<td>").Append(Encode(response.Reason)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WritePolicies(StringBuilder html, SimulationResult result)
    {
        var scenario = result.Scenario;
        html.Append("<section id=\"schedule\">\n<h2>Policy schedule</h2>\n");
        var changes = scenario.CreateSchedule().Changes;
        if (changes.Count == 0)
        {
            html.Append("<p>No scheduled policy changes: every brand keeps its week-0 policy for the whole run.</p>\n");
        }
        else
        {
            html.Append("<table class=\"schedule\">\n<thead><tr><th class=\"num\">From week</th><th>Brand</th><th>Lever</th><th class=\"num\">Before</th><th class=\"num\">New value</th><th>Unit</th></tr></thead>\n<tbody>\n");
            var schedule = scenario.CreateSchedule();
            foreach (var change in changes)
            {
                var spec = PolicyLevers.All[(int)change.Lever];
                var before = change.Week == 0
                    ? scenario.Brands[change.Brand].Policy[change.Lever]
                    : schedule.PoliciesAt(change.Week - 1)[change.Brand][change.Lever];
                html.Append(Invariant($"<tr><td class=\"num\">{change.Week}</td>"))
                    .Append("<td>").Append(Encode(scenario.Brands[change.Brand].Name)).Append("</td>")
                    .Append("<td>").Append(Encode(spec.Name)).Append("</td>")
                    .Append("<td class=\"num\">").Append(Number(before, "0.####")).Append("</td>")
                    .Append("<td class=\"num\">").Append(Number(change.Value, "0.####")).Append("</td>")
                    .Append("<td>").Append(Encode(spec.Unit)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        WriteResponses(html, result);
        html.Append("<h3>Policies at week 0</h3>\n<table class=\"policies\">\n<thead><tr><th>Lever</th><th>Unit</th>");
        foreach (var brand in scenario.Brands)
        {
            html.Append("<th class=\"num\">").Append(Encode(brand.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < PolicyLevers.All.Count; i++)
        {
            var spec = PolicyLevers.All[i];
            html.Append("<tr><th title=\"").Append(Encode(spec.Description)).Append("\">").Append(Encode(spec.Name)).Append("</th>")
                .Append("<td>").Append(Encode(spec.Unit)).Append("</td>");
            foreach (var brand in scenario.Brands)
            {
                html.Append("<td class=\"num\">").Append(Number(brand.Policy[(Lever)i], "0.####")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Fact(StringBuilder html, string label, string encodedValue) => HtmlPage.Fact(html, label, encodedValue);

    private static string FocalName(string name) =>
        name.Contains("focal", StringComparison.OrdinalIgnoreCase) ? name : name + " (focal)";

    private static string Count(double value) => Number(value, "#,0.#");

    private static string Percent(double value) => double.IsFinite(value) ? Number(100 * value, "0.0") + "%" : "n/a";

    private static string Number(double value, string format) =>
        double.IsFinite(value) ? Encode(value.ToString(format, CultureInfo.InvariantCulture)) : "n/a";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
