using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Experiments.Calibration;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Html;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Calibration;

/// <summary>
/// Writes the <c>report.html</c> of a calibration: one self-contained page (inline CSS, no scripts, nothing
/// fetched) with the fitted parameters, the error in and out of sample, the chart (by relative path) and
/// the table period by period. Every user-supplied text is HTML-encoded.
/// </summary>
public static class CalibrationReportWriter
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The whole page as text.</summary>
    public static string ToText(CalibrationResult result, RunInfo info, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(command);
        var scenario = result.Scenario;
        var settings = result.Settings;
        var best = result.Best;
        var start = result.Start;
        var heldOut = result.HeldOutPeriods;
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');

        HtmlPage.Open(html, $"Calibration of {scenario.Name} - {info.RunId}");
        Line($"<h1>Calibration of {Encode(scenario.Name)} to {Encode(Path.GetFileName(result.Observed.Source))}</h1>");
        Line("<p>" + Encode(FormattableString.Invariant(
            $"Fitted {string.Join(", ", result.Parameters.Select(p => p.Path))} so that the simulated retention of the {scenario.Brands[settings.Brand].Name} brand's new customers matches the observed table on periods {PeriodSelection.Format(settings.FitPeriods)}"))
            + (heldOut.Count > 0 ? Encode(FormattableString.Invariant($", then predicted periods {PeriodSelection.Format(heldOut)}, which the fit did not see.")) : ".") + "</p>");
        if (!result.Completed)
        {
            Line($"<div class=\"banner\" role=\"alert\">INCOMPLETE: the fit was stopped after {result.Evaluations.Count} of at most {settings.MaxEvaluations} evaluations; the values below are the best found so far.</div>");
        }

        Line("<h2>Fitted parameters</h2>");
        Line("<table><thead><tr><th>Parameter</th><th class=\"num\">Start</th><th class=\"num\">Lower bound</th><th class=\"num\">Upper bound</th><th>Scale</th><th class=\"num\">Fitted</th></tr></thead><tbody>");
        for (var i = 0; i < result.Parameters.Count; i++)
        {
            var p = result.Parameters[i];
            Line($"<tr><td><code>{Encode(p.Path)}</code></td><td class=\"num\">{Value(p.Start)}</td><td class=\"num\">{Value(p.Min)}</td><td class=\"num\">{Value(p.Max)}</td><td>{(p.Scale == ParameterScale.Log ? "log" : "linear")}</td><td class=\"num\"><strong>{Value(best is null ? p.Start : best.Values[i])}</strong></td></tr>");
        }

        Line("</tbody></table>");
        Line("<h2>Error</h2>");
        Line("<table><thead><tr><th>Root mean square error (percentage points)</th><th class=\"num\">Start values</th><th class=\"num\">Fitted values</th><th class=\"num\">Shifted-beta-geometric benchmark</th></tr></thead><tbody>");
        Line($"<tr><td>In sample: fitted periods {Encode(PeriodSelection.Format(settings.FitPeriods))}</td><td class=\"num\">{Points(start?.RmseFit ?? double.NaN)}</td><td class=\"num\"><strong>{Points(result.RmseFit)}</strong></td><td class=\"num\">{Points(result.BenchmarkRmseFit)}</td></tr>");
        if (heldOut.Count > 0)
        {
            Line($"<tr><td>Out of sample: held-out periods {Encode(PeriodSelection.Format(heldOut))}</td><td class=\"num\">{Points(result.StartRmseHeldOut)}</td><td class=\"num\"><strong>{Points(result.RmseHeldOut)}</strong></td><td class=\"num\">{Points(result.BenchmarkRmseHeldOut)}</td></tr>");
        }

        Line("</tbody></table>");
        Line($"<p class=\"note\">The benchmark is Fader &amp; Hardie's (2007) shifted-beta-geometric model fitted by maximum likelihood to the same periods (α = {Number(result.Benchmark.Alpha, "0.000")}, β = {Number(result.Benchmark.Beta, "0.000")}): two parameters that only describe how churn propensities differ between customers, with no mechanism. A simulation that predicts the held-out periods worse than it has captured less of how this cohort's retention evolves.</p>");
        Line("<p class=\"note\">The in-sample error says how closely the model can be made to follow the periods it was fitted to. The out-of-sample error says how well the fitted model predicts periods it never saw: the honest test. A fit with a small in-sample and a large out-of-sample error has bent the model to the data without capturing how retention evolves.</p>");

        Line("<figure>");
        Line($"<img src=\"{CalibrationChart.SvgFile}\" alt=\"Observed and simulated cohort retention\" width=\"{ChartStyle.Width}\" height=\"{ChartStyle.Height}\">");
        Line($"<figcaption>{Encode(CalibrationChart.HowToRead)} <span class=\"note\">(<a href=\"{CalibrationChart.PngFile}\">PNG</a>, <a href=\"{CalibrationChart.SvgFile}\">SVG</a>)</span></figcaption>");
        Line("</figure>");

        Line("<h2>Period by period</h2>");
        Line("<table><thead><tr><th class=\"num\">Period</th><th class=\"num\">Observed (%)</th><th class=\"num\">Simulated, fitted (%)</th><th class=\"num\">Difference (points)</th><th class=\"num\">Simulated, start (%)</th><th class=\"num\">Benchmark (%)</th><th>Used in fit</th></tr></thead><tbody>");
        foreach (var point in result.Observed.Points)
        {
            var simulated = best?.Curve.PercentAt(point.Period) ?? double.NaN;
            var used = settings.FitPeriods.Contains(point.Period);
            Line($"<tr{(used || point.Period == 0 ? string.Empty : " class=\"held\"")}><td class=\"num\">{point.Period.ToString(CultureInfo.InvariantCulture)}</td><td class=\"num\">{Number(point.PercentSurviving, "0.0")}</td><td class=\"num\">{Number(simulated, "0.0")}</td><td class=\"num\">{Number(simulated - point.PercentSurviving, "+0.0;-0.0;0.0")}</td><td class=\"num\">{Number(start?.Curve.PercentAt(point.Period) ?? double.NaN, "0.0")}</td><td class=\"num\">{Number(result.BenchmarkCurve.PercentAt(point.Period), "0.0")}</td><td>{(used ? "yes" : point.Period == 0 ? "acquisition" : "held out")}</td></tr>");
        }

        Line("</tbody></table>");

        Line("<h2>How it was simulated</h2>");
        Line("<table class=\"facts\">");
        Fact(html, "Command", "<code>" + Encode(command) + "</code>");
        Fact(html, "Calibration id", Encode(info.RunId));
        Fact(html, "Scenario file", Encode(scenario.SourceFile ?? "(none)"));
        Fact(html, "Observed table", Encode(result.Observed.Source));
        Fact(html, "Cohort", Encode(FormattableString.Invariant($"every customer the {scenario.Brands[settings.Brand].Name} brand acquired in weeks 0 to {settings.EffectiveCohortWeeks - 1} of the run, pooled (mean size {(best?.Curve.MeanCohortSize ?? double.NaN):0.#} per replicate); period p is p x {settings.PeriodWeeks} weeks after each customer's acquisition week")));
        Fact(html, "Simulation", Encode(FormattableString.Invariant($"reference engine, {scenario.Customers:#,0} customers, {scenario.Weeks} weeks after {scenario.BurnInWeeks} burn-in weeks, seed {scenario.Seed} in every evaluation, {scenario.Replicates} replicate(s) averaged")));
        if (settings.Overrides.Count > 0)
        {
            Fact(html, "Settings changed first (--set)", Encode(string.Join(", ", settings.Overrides.Select(o => o.Key + " = " + o.Value.ToString("G6", CultureInfo.InvariantCulture)))));
        }

        Fact(html, "Search", Encode(FormattableString.Invariant($"{settings.EffectiveExplore(result.Parameters.Count)} points of a Halton design, then Nelder-Mead from the best, on parameters mapped onto [0, 1]; {result.Evaluations.Count} of at most {settings.MaxEvaluations} evaluations, stopped: {StopText(result.Stop)}")));
        Fact(html, "Duration", Encode(FormattableString.Invariant($"{info.Duration.TotalSeconds:0.0} s")));
        Line("</table>");

        Line("<h2>Files</h2>");
        Line("<ul>");
        Line($"<li><a href=\"{CalibratedScenarioWriter.FileName}\">{CalibratedScenarioWriter.FileName}</a>: a scenario that extends {Encode(Path.GetFileName(scenario.SourceFile ?? scenario.Name))} with the fitted values; run it with <code>cxsim run</code>.</li>");
        Line($"<li><a href=\"{FitJsonWriter.FileName}\">{FitJsonWriter.FileName}</a>: parameters, bounds, errors, the observed and simulated curves, every evaluation.</li>");
        Line($"<li><a href=\"{RetentionCsvWriter.FileName}\">{RetentionCsvWriter.FileName}</a>: period, observed, simulated, used_in_fit.</li>");
        Line("</ul>");
        HtmlPage.Close(html, info.EffectiveProductVersion);
        return html.ToString();
    }

    /// <summary>Writes the page to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteFile(CalibrationResult result, RunInfo info, string command, string path)
    {
        using var writer = CsvFormat.CreateWriter(path);
        writer.Write(ToText(result, info, command));
    }

    /// <summary>The stop reason in words.</summary>
    public static string StopText(OptimizationStop stop) => stop switch
    {
        OptimizationStop.Converged => "converged",
        OptimizationStop.Budget => "evaluation budget spent",
        _ => "stopped by the user",
    };

    private static void Fact(StringBuilder html, string label, string encodedValue) => HtmlPage.Fact(html, label, encodedValue);

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Value(double value) => Encode(value.ToString("G6", CultureInfo.InvariantCulture));

    private static string Points(double value) => double.IsFinite(value) ? Number(value, "0.00") : "n/a";

    private static string Number(double value, string format) =>
        double.IsFinite(value) ? Encode(value.ToString(format, CultureInfo.InvariantCulture)) : "n/a";
}
