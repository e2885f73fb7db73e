using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Html;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// Writes a sweep's <c>report.html</c>: one self-contained page (inline CSS, the charts embedded as
/// PNG data, no scripts, nothing fetched) with what was swept, the charts, and the points ranked by the
/// outcome with their 95% intervals. Every user-supplied text is HTML-encoded.
/// </summary>
public static class SweepReportWriter
{
    /// <summary>The file name inside a sweep directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The most points listed in the ranking.</summary>
    public const int MaxRanked = 25;

    /// <summary>The page for a finished sweep.</summary>
    /// <param name="manifest">What the sweep is.</param>
    /// <param name="scenarioDescription">The scenario's description.</param>
    /// <param name="design">The design.</param>
    /// <param name="points">Every point's summary.</param>
    /// <param name="outcome">The figure charted and ranked.</param>
    /// <param name="charts">The charts, with their PNG.</param>
    /// <param name="finishedAt">When the last run finished.</param>
    public static string Render(
        SweepManifest manifest,
        string scenarioDescription,
        SweepDesign design,
        IReadOnlyList<SweepPointSummary> points,
        SweepFigure outcome,
        IReadOnlyList<SweepChartImage> charts,
        DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(charts);
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        var title = $"{manifest.Scenario}: sweep of {string.Join(", ", design.Paths)}";

        HtmlPage.Open(html, $"{title}");
        Line("<header>");
        Line($"<h1>{Encode(title)}</h1>");
        Line($"<p>{Encode(scenarioDescription)}</p>");
        Line("</header>");

        Line("<section id=\"sweep\">");
        Line("<h2>Sweep</h2>");
        Line("<table class=\"facts\">");
        Fact(html, "Scenario", Encode(manifest.Scenario) + (manifest.ScenarioFile is null ? string.Empty : " <span class=\"note\">(" + Encode(manifest.ScenarioFile) + ")</span>"));
        Fact(html, "Varied", string.Join("<br>", manifest.Vary.Select(v => "<code>--vary " + Encode(v) + "</code>")));
        Fact(html, "Design", Encode(design.Describe()) + (design.Kind == DesignKind.LatinHypercube ? " (McKay, Beckman &amp; Conover 1979)" : string.Empty));
        Fact(html, "Replicates per point", Invariant($"{manifest.Replicates} (replicate k uses the same random numbers at every point)"));
        Fact(html, "Runs", Invariant($"{points.Sum(p => p.Replicates):#,0}"));
        Fact(html, "Customers", Invariant($"{manifest.Customers:#,0}"));
        Fact(html, "Weeks", Invariant($"{manifest.Weeks} (after {manifest.BurnInWeeks} weeks of burn-in, not reported)"));
        Fact(html, "Seed", Invariant($"{manifest.Seed}"));
        Fact(html, "Engine", Encode(manifest.Engine));
        Fact(html, "Outcome charted", Encode(outcome.Label) + " <span class=\"note\">(<code>--outcome " + Encode(outcome.Outcome) + "</code>, focal brand)</span>");
        Fact(html, "Started", Encode(manifest.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Fact(html, "Finished", Encode(finishedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Line("</table>");
        Line("</section>");

        Line("<section id=\"charts\">");
        Line("<h2>Charts</h2>");
        foreach (var image in charts)
        {
            var chart = image.Chart;
            HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, "data:image/png;base64," + Convert.ToBase64String(image.Png), ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
        }

        Line("</section>");

        WriteRanking(html, design, points, outcome);

        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{SweepRunsCsv.FileName}\">{SweepRunsCsv.FileName}</a>: one row per run (point and replicate): the parameters and the focal brand's headline figures.</li>");
        Line($"<li><a href=\"{SweepPointsCsv.FileName}\">{SweepPointsCsv.FileName}</a>: one row per point: the parameters, and each figure's mean and 95% interval over the replicates.</li>");
        Line($"<li><a href=\"{SweepManifest.FileName}\">{SweepManifest.FileName}</a>: the sweep's definition (scenario, varied parameters, design and points, seed, sizes), read to resume it.</li>");
        Line("</ul>");
        Line("</section>");

        HtmlPage.Close(html, manifest.Version);
        return html.ToString();
    }

    private static void WriteRanking(StringBuilder html, SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome)
    {
        var ranked = points
            .Where(p => double.IsFinite(p.Of(outcome).Mean))
            .OrderByDescending(p => p.Of(outcome).Mean)
            .ThenBy(p => p.Point.Id)
            .Take(MaxRanked)
            .ToArray();
        html.Append("<section id=\"ranking\">\n<h2>Points ranked by ").Append(Encode(outcome.Label.ToLowerInvariant())).Append("</h2>\n");
        html.Append(points.Count > MaxRanked
            ? Invariant($"<p class=\"note\">The best {ranked.Length} of {points.Count} points; every point is in {SweepPointsCsv.FileName}.</p>\n")
            : "<p class=\"note\">Highest first. Intervals are 95% t intervals over the replicates (none with one replicate).</p>\n");
        html.Append("<table>\n<thead><tr><th class=\"num\">Rank</th><th class=\"num\">Point</th>");
        foreach (var path in design.Paths)
        {
            html.Append("<th class=\"num\">").Append(Encode(path)).Append("</th>");
        }

        html.Append("<th class=\"num\">").Append(Encode(outcome.AxisTitle)).Append("</th><th class=\"num\">95% interval</th></tr></thead>\n<tbody>\n");
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            var p = ranked[rank];
            var interval = p.Of(outcome);
            html.Append(Invariant($"<tr><td class=\"num\">{rank + 1}</td><td class=\"num\">{p.Point.Id}</td>"));
            foreach (var value in p.Point.Values)
            {
                html.Append("<td class=\"num\">").Append(Encode(DesignPoint.FormatValue(value))).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(Show(interval.Mean, outcome)).Append("</td><td class=\"num\">");
            html.Append(double.IsFinite(interval.Lower) ? Show(interval.Lower, outcome) + " to " + Show(interval.Upper, outcome) : "n/a");
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Show(double value, SweepFigure outcome) =>
        double.IsFinite(value) ? Encode((value * outcome.ChartScale).ToString(outcome.Format, CultureInfo.InvariantCulture)) : "n/a";

    private static void Fact(StringBuilder html, string label, string valueHtml) => HtmlPage.Fact(html, label, valueHtml);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
