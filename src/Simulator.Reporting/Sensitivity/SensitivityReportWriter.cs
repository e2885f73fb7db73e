using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Experiments.Sensitivity;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Html;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Sensitivity;

/// <summary>
/// Writes an analysis' <c>report.html</c>: one self-contained page (inline CSS, charts as the PNG files beside it, no
/// scripts) with what was analysed, and for each outcome its charts and the parameters ranked by
/// importance (mu* for Morris, the total index for Sobol) beside their one-at-a-time swings.
/// </summary>
public static class SensitivityReportWriter
{
    /// <summary>The file name inside an analysis directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The most parameters ranked per outcome on the page (indices.csv has them all).</summary>
    public const int MaxRanked = 20;

    /// <summary>The page for a finished analysis.</summary>
    public static string Render(
        SensitivityManifest manifest,
        string scenarioDescription,
        SensitivityDesign design,
        IReadOnlyList<OutcomeSensitivity> results,
        IReadOnlyList<SweepChart> charts,
        DateTimeOffset finishedAt,
        bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(charts);
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        var method = design.Method == SensitivityMethod.Morris ? "Morris screening" : "Sobol indices";
        var title = Invariant($"{manifest.Scenario}: sensitivity of {string.Join(", ", results.Select(r => r.Outcome.Label.ToLowerInvariant()))} ({method}, {design.Parameters.Count} parameters)");

        HtmlPage.Open(html, title);
        Line("<header>");
        Line($"<h1>{Encode(title)}</h1>");
        Line($"<p>{Encode(scenarioDescription)}</p>");
        if (!complete)
        {
            var used = results.Count == 0 ? 0 : results[0].Used;
            Line(Invariant($"<p class=\"banner\">INCOMPLETE: stopped with {used} of {design.Samples} {(design.Method == SensitivityMethod.Morris ? "trajectories" : "base samples")} finished; the indices below rest on those. Resume the analysis to complete it.</p>"));
        }

        Line("</header>");

        Line("<section id=\"analysis\">");
        Line("<h2>Analysis</h2>");
        Line("<table class=\"facts\">");
        HtmlPage.Fact(html, "Scenario", Encode(manifest.Scenario) + (manifest.ScenarioFile is null ? string.Empty : " <span class=\"note\">(" + Encode(manifest.ScenarioFile) + ")</span>"));
        HtmlPage.Fact(html, "Method", Encode(design.Describe()) + (design.Method == SensitivityMethod.Morris
            ? " <span class=\"note\">(Morris 1991; mu* of Campolongo, Cariboni &amp; Saltelli 2007)</span>"
            : " <span class=\"note\">(Saltelli et al. 2010 first order, Jansen 1999 total, Joe &amp; Kuo 2008 Sobol sequence; bootstrap 95% intervals)</span>"));
        HtmlPage.Fact(html, "Parameters", Invariant($"{design.Parameters.Count}, each over its plausible range (<code>cxsim parameters {Encode(manifest.Scenario)}</code> lists the ranges and their reasons): ") + string.Join(", ", manifest.Parameters.Select(g => "<code>" + Encode(g) + "</code>")));
        HtmlPage.Fact(html, "Replicates per point", Invariant($"{manifest.Replicates}, averaged; replicate k uses the same random numbers at every point (common random numbers)"));
        HtmlPage.Fact(html, "Runs", Invariant($"{design.Sweep.Points.Count * manifest.Replicates:#,0}"));
        HtmlPage.Fact(html, "Customers", Invariant($"{manifest.Customers:#,0}"));
        HtmlPage.Fact(html, "Weeks", Invariant($"{manifest.Weeks} (after {manifest.BurnInWeeks} weeks of burn-in, not reported)"));
        HtmlPage.Fact(html, "Seed", Invariant($"{manifest.Seed}"));
        HtmlPage.Fact(html, "Engine", Encode(manifest.Engine));
        HtmlPage.Fact(html, "Started", Encode(manifest.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        HtmlPage.Fact(html, "Finished", Encode(finishedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Line("</table>");
        Line("</section>");

        foreach (var result in results)
        {
            var outcome = result.Outcome;
            Line($"<section id=\"outcome-{Encode(outcome.Column)}\">");
            Line($"<h2>{Encode(outcome.Label)}</h2>");
            Line($"<p>At the scenario's own values: <strong>{Show(result.Base, result)}</strong> {Encode(outcome.AxisTitle)}.</p>");
            if (result.Problem is { } problem)
            {
                Line($"<p class=\"note\">{Encode(problem)}</p>");
            }

            foreach (var chart in charts.Where(c => c.Name.EndsWith("-" + outcome.Column, StringComparison.Ordinal)))
            {
                HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.PngFile, ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
            }

            WriteRanking(html, design, result);
            Line("</section>");
        }

        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{SensitivityIndicesCsv.FileName}\">{SensitivityIndicesCsv.FileName}</a>: one row per outcome and parameter: its range, its indices with their intervals, and its one-at-a-time swing.</li>");
        Line($"<li><a href=\"{SweepRunsCsv.FileName}\">{SweepRunsCsv.FileName}</a>: one row per run (point and replicate): the parameters' values and the focal brand's headline figures.</li>");
        Line($"<li><a href=\"{SensitivityManifest.FileName}\">{SensitivityManifest.FileName}</a>: the analysis' definition, read to resume it.</li>");
        Line("</ul>");
        Line("</section>");
        HtmlPage.Close(html, manifest.Version);
        return html.ToString();
    }

    /// <summary>The parameters in order of importance for <paramref name="result"/>: mu* (Morris), the total index (Sobol), else the one-at-a-time swing.</summary>
    public static IReadOnlyList<int> Ranked(OutcomeSensitivity result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Func<int, double> key = result.Morris is { } m ? i => m[i].MuStar
            : result.Sobol is { } s ? i => s.Total[i].Value
            : i => result.Tornado[i].Swing;
        return [.. Enumerable.Range(0, result.Tornado.Count).OrderByDescending(i => double.IsFinite(key(i)) ? key(i) : double.NegativeInfinity).ThenBy(i => i)];
    }

    private static void WriteRanking(StringBuilder html, SensitivityDesign design, OutcomeSensitivity result)
    {
        var ranked = Ranked(result).Take(MaxRanked).ToArray();
        var morris = result.Morris is not null;
        var sobol = result.Sobol is not null;
        html.Append("<h3>Parameters ranked</h3>\n<table>\n<thead><tr><th class=\"num\">Rank</th><th>Parameter</th><th class=\"num\">Plausible range</th><th class=\"num\">Scenario</th>");
        if (morris)
        {
            html.Append("<th class=\"num\">mu*</th><th class=\"num\">mu</th><th class=\"num\">sigma</th>");
        }

        if (sobol)
        {
            html.Append("<th class=\"num\">S_i [95%]</th><th class=\"num\">ST_i [95%]</th>");
        }

        html.Append("<th class=\"num\">At minimum</th><th class=\"num\">At maximum</th></tr></thead>\n<tbody>\n");
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            var i = ranked[rank];
            var p = design.Parameters[i];
            html.Append(Invariant($"<tr><td class=\"num\">{rank + 1}</td><td><code>{Encode(p.Path)}</code></td><td class=\"num\">{Encode(Number(p.Low))} to {Encode(Number(p.High))}</td><td class=\"num\">{Encode(Number(p.Base))}</td>"));
            if (result.Morris is { } m)
            {
                html.Append("<td class=\"num\">").Append(Show(m[i].MuStar, result)).Append("</td><td class=\"num\">").Append(Show(m[i].Mu, result))
                    .Append("</td><td class=\"num\">").Append(Show(m[i].Sigma, result)).Append("</td>");
            }

            if (result.Sobol is { } s)
            {
                html.Append("<td class=\"num\">").Append(Share(s.FirstOrder[i])).Append("</td><td class=\"num\">").Append(Share(s.Total[i])).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(Show(result.Tornado[i].AtLow, result)).Append("</td><td class=\"num\">").Append(Show(result.Tornado[i].AtHigh, result)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (ranked.Length < result.Tornado.Count)
        {
            html.Append(Invariant($"<p class=\"note\">The {ranked.Length} most important of {result.Tornado.Count}; every parameter is in {SensitivityIndicesCsv.FileName}.</p>\n"));
        }
    }

    private static string Share(SensitivityIndex index) =>
        double.IsFinite(index.Value) ? Encode(Invariant($"{index.Value:0.000} [{index.Lower:0.000}, {index.Upper:0.000}]")) : "n/a";

    private static string Show(double value, OutcomeSensitivity result) =>
        double.IsFinite(value) ? Encode((value * result.Outcome.ChartScale).ToString(result.Outcome.Format == "#,0" ? "#,0.#" : "0.00", CultureInfo.InvariantCulture)) : "n/a";

    private static string Number(double value) => Simulator.Experiments.Sweeps.DesignPoint.FormatValue(value);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
