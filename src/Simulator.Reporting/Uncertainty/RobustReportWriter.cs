using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Html;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Uncertainty;

/// <summary>
/// Writes a robust comparison's <c>report.html</c>: one self-contained page (inline CSS, charts embedded
/// as PNG data, no scripts) with what was compared, a summary of every figure, and per figure the
/// verdict, the distribution of the difference and the parameters it hinges on.
/// </summary>
public static class RobustReportWriter
{
    /// <summary>The file name inside the comparison's directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The most parameters listed per figure on the page (influence.csv has them all).</summary>
    public const int MaxListed = 8;

    /// <summary>The page.</summary>
    /// <param name="info">What the comparison was.</param>
    /// <param name="parameters">How many parameters each set draws.</param>
    /// <param name="sets">How many sets were drawn.</param>
    /// <param name="rows">What was found, scenario by scenario and figure by figure (figures undefined everywhere left out).</param>
    /// <param name="charts">The charts, with their PNG.</param>
    /// <param name="completeSets">How many sets finished.</param>
    public static string Render(RobustComparisonInfo info, int parameters, int sets, IReadOnlyList<RobustRow> rows, IReadOnlyList<SweepChart> charts, int completeSets)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(charts);
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        var title = $"Robust comparison: {string.Join(" vs ", info.Scenarios)} over {sets} parameter sets";
        HtmlPage.Open(html, title);
        Line("<header>");
        Line($"<h1>{Encode(title)}</h1>");
        Line($"<p>Every scenario runs under each set of parameter values drawn over the plausible ranges, on the same random numbers; each figure's difference from {Encode(info.Scenarios[0])} is then read across the sets: how often the scenario comes out ahead, and which parameters decide it.</p>");
        if (completeSets < sets)
        {
            Line(Invariant($"<p class=\"banner\">INCOMPLETE: stopped after {completeSets} of {sets} sets; the figures below rest on those.</p>"));
        }

        Line("</header>");
        Line("<section id=\"comparison\">");
        Line("<h2>Comparison</h2>");
        Line("<table class=\"facts\">");
        HtmlPage.Fact(html, "Scenarios", string.Join(", ", info.Scenarios.Select(Encode)) + " <span class=\"note\">(the first is the reference)</span>");
        HtmlPage.Fact(html, "Parameters drawn", Invariant($"{parameters}, each over its plausible range: ") + string.Join(", ", info.Globs.Select(g => "<code>" + Encode(g) + "</code>")));
        HtmlPage.Fact(html, "Parameter sets", Invariant($"{sets} (Latin hypercube, seed {info.Seed}); {completeSets} complete"));
        HtmlPage.Fact(html, "Replicates", Invariant($"{info.Replicates} per scenario and set; replicate k uses the same random numbers everywhere"));
        HtmlPage.Fact(html, "Runs", Invariant($"{(long)completeSets * info.Scenarios.Count * info.Replicates:#,0} analysed"));
        HtmlPage.Fact(html, "Customers", Invariant($"{info.Customers:#,0}"));
        HtmlPage.Fact(html, "Weeks", Invariant($"{info.Weeks} (after {info.BurnInWeeks} weeks of burn-in)"));
        HtmlPage.Fact(html, "Engine", Encode(info.Engine));
        HtmlPage.Fact(html, "Started", Encode(info.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        HtmlPage.Fact(html, "Finished", Encode(info.FinishedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        HtmlPage.Fact(html, "Reproduce", "<code>" + Encode(info.Command) + "</code>");
        Line("</table>");
        Line("</section>");

        Line("<section id=\"summary\">");
        Line("<h2>Summary</h2>");
        Line("<table>\n<thead><tr><th>Figure</th><th>Scenario</th><th class=\"num\">Mean difference</th><th class=\"num\">5% to 95% of sets</th><th class=\"num\">P(beats reference)</th><th class=\"num\">Clearly better / worse</th><th>Can flip it</th></tr></thead>\n<tbody>");
        foreach (var row in rows)
        {
            var f = row.Figure;
            Line($"<tr><td>{Encode(f.Figure.Label)}</td><td>{Encode(row.Scenario)}</td><td class=\"num\">{Encode(f.Figure.FormatDifference(f.Mean))}</td>" +
                 $"<td class=\"num\">{Encode(f.Figure.FormatDifference(f.Quantile(0.05)))} to {Encode(f.Figure.FormatDifference(f.Quantile(0.95)))}</td>" +
                 Invariant($"<td class=\"num\">{f.Beats.Value:0.00} [{f.Beats.Lower:0.00}, {f.Beats.Upper:0.00}]</td><td class=\"num\">{f.ClearlyBetter} / {f.ClearlyWorse} of {f.Beats.Trials}</td>") +
                 $"<td>{string.Join(", ", f.Flippers.Take(3).Select(p => "<code>" + Encode(p.Path) + "</code>"))}</td></tr>");
        }

        Line("</tbody>\n</table>");
        Line("<p class=\"note\">P(beats reference) is the share of parameter sets in which the scenario's figure is higher, with a Wilson 95% interval for the finite number of sets. Clearly better or worse: sets whose paired 95% interval over the replicates excludes zero (none with one replicate).</p>");
        Line("</section>");

        foreach (var row in rows)
        {
            var f = row.Figure;
            var stem = RobustCharts.Stem(row);
            Line($"<section id=\"figure-{Encode(stem)}\">");
            Line($"<h2>{Encode(f.Figure.Label)}: {Encode(row.Scenario)}</h2>");
            Line($"<p><strong>{Encode(f.Verdict(row.Reference, row.Scenario))}</strong></p>");
            foreach (var chart in charts.Where(c => c.Name.EndsWith("-" + stem, StringComparison.Ordinal)))
            {
                HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.PngFile, ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
            }

            if (f.Influences.Count > 0)
            {
                Line("<table>\n<thead><tr><th>Parameter</th><th class=\"num\">Rank correlation</th><th class=\"num\">Mean difference, lowest fifth</th><th class=\"num\">Mean difference, highest fifth</th><th>Flips the ranking</th></tr></thead>\n<tbody>");
                foreach (var p in f.Influences.Take(MaxListed))
                {
                    Line(Invariant($"<tr><td><code>{Encode(p.Path)}</code></td><td class=\"num\">{p.Coefficient:0.00}{(p.Significant ? " *" : string.Empty)}</td><td class=\"num\">{Encode(f.Figure.FormatDifference(p.LowFifth))}</td><td class=\"num\">{Encode(f.Figure.FormatDifference(p.HighFifth))}</td><td>{(p.Flips ? "yes" : "no")}</td></tr>"));
                }

                Line("</tbody>\n</table>");
                Line(Invariant($"<p class=\"note\">{(f.Influences[0].Partial ? "Partial rank correlations" : "Spearman rank correlations")}; * significant at the 5% level, Bonferroni-corrected for the number of parameters. Every parameter is in {RobustCsv.InfluenceFileName}.</p>"));
            }

            Line("</section>");
        }

        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{RobustCsv.FileName}\">{RobustCsv.FileName}</a>: one row per scenario and figure: the difference's distribution over the sets and P(beats).</li>");
        Line($"<li><a href=\"{RobustCsv.InfluenceFileName}\">{RobustCsv.InfluenceFileName}</a>: one row per scenario, figure and parameter: its rank correlation with the difference and the difference at each end of its range.</li>");
        Line($"<li><a href=\"{RobustCsv.SetsFileName}\">{RobustCsv.SetsFileName}</a>: one row per set and scenario: the parameters' values and each figure's mean over the replicates.</li>");
        Line("</ul>");
        Line("</section>");
        HtmlPage.Close(html, info.Version);
        return html.ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
