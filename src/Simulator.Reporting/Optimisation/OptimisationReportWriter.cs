using System.Globalization;
using System.Net;
using System.Text;
using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Html;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// The report.html of an optimisation: what was searched and how; the recommended policy against the start on
/// fresh replicates (paired 95% intervals), each constraint met or not with its interval, the optimiser's bias
/// (in-sample against fresh), the charts, and for two objectives the front.
/// </summary>
public static class OptimisationReportWriter
{
    /// <summary>The file name inside an optimisation directory.</summary>
    public const string FileName = "report.html";

    /// <summary>The figures compared between the recommended policy and the start, besides the objectives and constrained figures.</summary>
    public static IReadOnlyList<string> HeadlineOutcomes { get; } = ["profit", "equity", "retention104", "nps", "customersAtEnd", "spending"];

    /// <summary>The page.</summary>
    public static string Render(OptimisationManifest manifest, string scenarioDescription, OptimisationResult result, IReadOnlyList<SweepChart> charts, IReadOnlyList<string> scenarioFiles, DateTimeOffset finishedAt)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(scenarioFiles);
        var problem = result.Problem;
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        var title = Invariant($"{manifest.Scenario}: {(problem.Objectives.Count == 1 ? "the policy with the best " + problem.Objectives[0].Label.ToLowerInvariant() : "the Pareto front of " + problem.Objectives[0].Label.ToLowerInvariant() + " and " + problem.Objectives[1].Label.ToLowerInvariant())}");
        HtmlPage.Open(html, title);
        Line("<header>");
        Line($"<h1>{Encode(title)}</h1>");
        Line($"<p class=\"description\">{Encode(scenarioDescription)}</p>");
        if (!result.Complete)
        {
            Line(Invariant($"<p class=\"banner\">INCOMPLETE: stopped after {result.Evaluations.Count} candidate(s){(result.FreshStart is null ? ", before the re-evaluation on fresh replicates" : string.Empty)}. What is shown rests on what finished; resume the optimisation to complete it.</p>"));
        }

        foreach (var warning in result.Warnings)
        {
            Line($"<p class=\"banner\">{Encode(warning)}</p>");
        }

        Line("</header>");
        Line("<section id=\"optimisation\">");
        Line("<h2>Optimisation</h2>");
        Line("<table class=\"facts\">");
        HtmlPage.Fact(html, "Scenario", Encode(manifest.Scenario) + (manifest.ScenarioFile is null ? string.Empty : " <span class=\"note\">(" + Encode(manifest.ScenarioFile) + ")</span>"));
        HtmlPage.Fact(html, "Levers and bounds", string.Join(", ", problem.Levers.Select(l => "<code>" + Encode(Invariant($"{l.Path} = {l.Lower}:{l.Upper}")) + "</code> (start " + Encode(DesignPoint.FormatValue(l.Start)) + ")")));
        HtmlPage.Fact(html, "Objective", Encode(string.Join(" and ", problem.Objectives.Select(o => o.Label + " (maximised)"))));
        HtmlPage.Fact(html, "Constraints", problem.Constraints.Count == 0 ? "none" : string.Join(", ", problem.Constraints.Select(c => "<code>" + Encode(c.Text) + "</code>")) + " <span class=\"note\">(on the mean; Deb's feasibility rules rank candidates)</span>");
        HtmlPage.Fact(html, "Method", Encode(Invariant($"CMA-ES (Hansen 2016) on the bounds, λ = {CmaEsPopulation(problem)} per generation, σ₀ = {problem.Cma.InitialStep} of each range; every candidate on replicates 0 to {problem.Replicates - 1} (common random numbers: the sample-average approximation)"))
            + (problem.Objectives.Count == 2 ? Encode(Invariant($"; {problem.Searches} searches, one per weight (augmented Chebyshev)")) : string.Empty));
        HtmlPage.Fact(html, "Evaluations", Encode(Invariant($"{result.Evaluations.Count} of at most {problem.MaxEvaluations} ({result.Evaluations.Select(e => Evaluation.KeyOf(e.Values)).Distinct().Count()} distinct); ")) + string.Join("; ", result.Searches.Select(s => Encode(Invariant($"search {s.Index}: {s.Generations} generation(s), stopped: {Stop(s.Stop)}")))));
        HtmlPage.Fact(html, "Fresh check", Encode(Invariant($"the best {problem.FreshCandidates} candidate(s) and the start on replicates {problem.Replicates} to {problem.Replicates + problem.FreshReplicates - 1}, which the search never saw")));
        HtmlPage.Fact(html, "Customers", Invariant($"{manifest.Customers:#,0}"));
        HtmlPage.Fact(html, "Weeks", Invariant($"{manifest.Weeks} (after {manifest.BurnInWeeks} weeks of burn-in, not reported)"));
        HtmlPage.Fact(html, "Seed", Invariant($"{manifest.Seed}"));
        HtmlPage.Fact(html, "Engine", Encode(manifest.Engine));
        HtmlPage.Fact(html, "Started", Encode(manifest.StartedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        HtmlPage.Fact(html, "Finished", Encode(finishedAt.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        Line("</table>");
        Line("</section>");

        if ((result.StartWins ? result.BestCandidate ?? result.FreshStart : result.Recommended) is { } best && result.FreshStart is { } start)
        {
            WriteRecommended(html, result, best, start, scenarioFiles);
        }

        if (problem.Objectives.Count == 2 && result.FreshStart is { } frontStart)
        {
            WriteFront(html, result, frontStart, scenarioFiles);
        }

        Line("<section id=\"charts\">");
        Line("<h2>Charts</h2>");
        foreach (var chart in charts)
        {
            HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.PngFile, ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
        }

        Line("</section>");
        Line("<section id=\"files\">");
        Line("<h2>Data files</h2>");
        Line("<ul>");
        foreach (var file in scenarioFiles)
        {
            Line($"<li><a href=\"{Encode(file)}\">{Encode(file)}</a>: a scenario file with the policy found; run it with <code>cxsim run {Encode(file)}</code>.</li>");
        }

        Line($"<li><a href=\"{OptimisationEvaluationsCsv.FileName}\">{OptimisationEvaluationsCsv.FileName}</a>: every candidate of the search and of the fresh check, with its lever values and figures (means and 95% intervals).</li>");
        Line($"<li><a href=\"{OptimisationRunsCsv.FileName}\">{OptimisationRunsCsv.FileName}</a>: one row per run (candidate and replicate), the journal a stopped optimisation resumes from.</li>");
        Line($"<li><a href=\"{OptimisationManifest.FileName}\">{OptimisationManifest.FileName}</a>: the optimisation's definition, read to resume it.</li>");
        Line("</ul>");
        Line("</section>");
        HtmlPage.Close(html, manifest.Version);
        return html.ToString();
    }

    /// <summary>The figures compared for <paramref name="problem"/>: its objectives and constrained figures, then the headline outcomes, each once.</summary>
    public static IReadOnlyList<SweepFigure> ComparedFigures(OptimisationProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return [.. problem.Objectives.Concat(problem.Constraints.Select(c => c.Figure)).Concat(HeadlineOutcomes.Select(SweepFigures.ByOutcome)).Distinct()];
    }

    /// <summary>A value of <paramref name="figure"/> in its chart unit and format ("n/a" when undefined).</summary>
    public static string Show(SweepFigure figure, double value) =>
        double.IsFinite(value) ? (value * figure.ChartScale).ToString(figure.Format == "#,0" ? "#,0" : "#,0.0", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>An interval of <paramref name="figure"/> as "mean [low, high]".</summary>
    public static string Show(SweepFigure figure, Interval interval) =>
        double.IsFinite(interval.Lower) ? $"{Show(figure, interval.Mean)} [{Show(figure, interval.Lower)}, {Show(figure, interval.Upper)}]" : Show(figure, interval.Mean);

    /// <summary>
    /// The interval a constraint is judged on for <paramref name="candidate"/> on the fresh replicates: the figure itself,
    /// or its paired difference from the start when the bound is the start's.
    /// </summary>
    public static Interval Judged(OptimisationConstraint constraint, FreshCheck candidate, FreshCheck start)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        ArgumentNullException.ThrowIfNull(candidate);
        return constraint.RelativeToStart ? candidate.DifferenceFrom(start, constraint.Figure) : candidate.Fresh.Of(constraint.Figure);
    }

    /// <summary>Whether a constraint is met on the fresh replicates, in words: "met (whole 95% interval)", "met on the mean only" or "not met".</summary>
    public static string Verdict(OptimisationConstraint constraint, FreshCheck candidate, FreshCheck start)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(start);
        var judged = Judged(constraint, candidate, start);
        var met = constraint.IsMet(candidate.Fresh.Mean(constraint.Figure), start.Fresh.Mean(constraint.Figure));
        return judged.Count > 1 && constraint.IsSurelyMet(judged) ? "met (whole 95% interval)" : met ? "met on the mean only" : "not met";
    }

    private static void WriteRecommended(StringBuilder html, OptimisationResult result, FreshCheck best, FreshCheck start, IReadOnlyList<string> scenarioFiles)
    {
        var problem = result.Problem;
        void Line(string text) => html.Append(text).Append('\n');
        var objective = problem.Objectives[0];
        var column = result.StartWins ? "Best candidate" : "Recommended";
        var file = scenarioFiles.Count > 0 ? "<a href=\"" + Encode(scenarioFiles[0]) + "\">" + Encode(scenarioFiles[0]) + "</a>" : null;
        Line("<section id=\"recommended\">");
        if (result.StartWins && result.Fresh.Count == 0)
        {
            Line("<h2>No candidate other than the start</h2>");
        }
        else if (result.StartWins)
        {
            Line("<h2>No candidate beat the starting policy</h2>");
            Line(Invariant($"<p class=\"banner\">None of the {result.Fresh.Count} best candidates of the search beat the starting policy on the {problem.FreshReplicates} fresh replicates while meeting the constraints: keep the starting policy{(file is null ? string.Empty : " (" + file + " holds it)")}. The best of them, candidate {best.InSample.Id}, against the start:</p>"));
        }
        else
        {
            Line("<h2>The recommended policy against the start</h2>");
            Line(Invariant($"<p>Candidate {best.InSample.Id}, the best of the start and the {result.Fresh.Count} candidates re-evaluated on {problem.FreshReplicates} fresh replicates{(file is null ? string.Empty : ", written to " + file)}. Differences are paired: the same fresh replicate for both policies.</p>"));
        }

        Line("<table>");
        Line($"<thead><tr><th>Lever</th><th class=\"num\">Start</th><th class=\"num\">{column}</th><th class=\"num\">Bounds</th></tr></thead><tbody>");
        for (var j = 0; j < problem.Levers.Count; j++)
        {
            var lever = problem.Levers[j];
            Line($"<tr><td><code>{Encode(lever.Path)}</code></td><td class=\"num\">{Encode(Round(start.InSample.Values[j]))}</td><td class=\"num\">{Encode(Round(best.InSample.Values[j]))}</td><td class=\"num\">{Encode(Invariant($"{lever.Lower} to {lever.Upper}"))}</td></tr>");
        }

        Line("</tbody></table>");
        Line("<table>");
        Line($"<thead><tr><th>Figure (fresh replicates)</th><th class=\"num\">Start</th><th class=\"num\">{column}</th><th class=\"num\">Difference [95%]</th></tr></thead><tbody>");
        foreach (var figure in ComparedFigures(problem).Where(f => double.IsFinite(start.Fresh.Mean(f))))
        {
            Line($"<tr><td>{Encode(figure.Label)}</td><td class=\"num\">{Encode(Show(figure, start.Fresh.Of(figure)))}</td><td class=\"num\">{Encode(Show(figure, best.Fresh.Of(figure)))}</td><td class=\"num\">{Encode(Show(figure, best.DifferenceFrom(start, figure)))}</td></tr>");
        }

        Line("</tbody></table>");
        if (problem.Constraints.Count > 0)
        {
            Line("<h3>Constraints on the fresh replicates</h3>");
            Line($"<table><thead><tr><th>Constraint</th><th class=\"num\">{column} [95%]</th><th>Verdict</th></tr></thead><tbody>");
            foreach (var c in problem.Constraints)
            {
                var interval = Judged(c, best, start);
                var shown = (c.RelativeToStart ? "difference from the start " : string.Empty) + Show(c.Figure, interval);
                Line($"<tr><td><code>{Encode(c.Text)}</code></td><td class=\"num\">{Encode(shown)}</td><td>{Encode(Verdict(c, best, start))}</td></tr>");
            }

            Line("</tbody></table>");
        }

        Line("<h3>The optimiser's bias</h3>");
        Line("<p>The search's figure of its best candidate is the largest of many noisy means, so it is optimistic; the fresh replicates say how much. The level can also differ because the search replicates were kind or harsh to every policy alike (the start's row shows it); the last column leaves that out: it is how much the search overstated the gain over the start.</p>");
        Line("<table><thead><tr><th>Candidate</th><th class=\"num\">In sample</th><th class=\"num\">Fresh [95%]</th><th class=\"num\">In sample − fresh</th><th class=\"num\">Gain over the start overstated by</th><th>Feasible (fresh means)</th></tr></thead><tbody>");
        var startTag = (result.SearchWinner?.Id == 0 ? " (search winner)" : string.Empty) + (result.StartWins ? " (recommended)" : string.Empty);
        Line($"<tr><td>start{Encode(startTag)}</td><td class=\"num\">{Encode(Show(objective, start.InSample.Mean(objective)))}</td><td class=\"num\">{Encode(Show(objective, start.Fresh.Of(objective)))}</td><td class=\"num\">{Encode(Show(objective, start.Optimism(objective)))}</td><td class=\"num\"></td><td>{(problem.Violation(start.Fresh, start.Fresh) == 0 ? "yes" : "no")}</td></tr>");
        foreach (var f in result.Fresh)
        {
            var tag = f.InSample.Id == result.SearchWinner?.Id ? " (search winner)" : string.Empty;
            tag += ReferenceEquals(f, result.Recommended) ? " (recommended)" : string.Empty;
            Line($"<tr><td>{f.InSample.Id}{Encode(tag)}</td><td class=\"num\">{Encode(Show(objective, f.InSample.Mean(objective)))}</td><td class=\"num\">{Encode(Show(objective, f.Fresh.Of(objective)))}</td><td class=\"num\">{Encode(Show(objective, f.Optimism(objective)))}</td><td class=\"num\">{Encode(Show(objective, f.GainOptimism(start, objective)))}</td><td>{(problem.Violation(f.Fresh, start.Fresh) == 0 ? "yes" : "no")}</td></tr>");
        }

        Line("</tbody></table>");
        Line("</section>");
    }

    private static void WriteFront(StringBuilder html, OptimisationResult result, FreshCheck start, IReadOnlyList<string> scenarioFiles)
    {
        var problem = result.Problem;
        var (a, b) = (problem.Objectives[0], problem.Objectives[1]);
        void Line(string text) => html.Append(text).Append('\n');
        Line("<section id=\"front\">");
        Line("<h2>The Pareto front</h2>");
        Line(Invariant($"<p>{result.Front.Count} non-dominated candidate(s) meeting every constraint on the search replicates; {result.Fresh.Count} spread along the front were run again on {problem.FreshReplicates} fresh replicates. Differences from the start are paired on the fresh replicates.</p>"));
        Line($"<table><thead><tr><th>Candidate</th>{string.Concat(problem.Levers.Select(l => "<th class=\"num\"><code>" + Encode(l.Path) + "</code></th>"))}<th class=\"num\">{Encode(a.AxisTitle)} (fresh)</th><th class=\"num\">vs start</th><th class=\"num\">{Encode(b.AxisTitle)} (fresh)</th><th class=\"num\">vs start</th><th>File</th></tr></thead><tbody>");
        Line($"<tr><td>start</td>{string.Concat(start.InSample.Values.Select(v => "<td class=\"num\">" + Encode(Round(v)) + "</td>"))}<td class=\"num\">{Encode(Show(a, start.Fresh.Of(a)))}</td><td></td><td class=\"num\">{Encode(Show(b, start.Fresh.Of(b)))}</td><td></td><td></td></tr>");
        for (var i = 0; i < result.Fresh.Count; i++)
        {
            var f = result.Fresh[i];
            var file = i < scenarioFiles.Count ? "<a href=\"" + Encode(scenarioFiles[i]) + "\">" + Encode(scenarioFiles[i]) + "</a>" : string.Empty;
            Line($"<tr><td>{f.InSample.Id}</td>{string.Concat(f.InSample.Values.Select(v => "<td class=\"num\">" + Encode(Round(v)) + "</td>"))}<td class=\"num\">{Encode(Show(a, f.Fresh.Of(a)))}</td><td class=\"num\">{Encode(Show(a, f.DifferenceFrom(start, a)))}</td><td class=\"num\">{Encode(Show(b, f.Fresh.Of(b)))}</td><td class=\"num\">{Encode(Show(b, f.DifferenceFrom(start, b)))}</td><td>{file}</td></tr>");
        }

        Line("</tbody></table>");
        Line("</section>");
    }

    private static int CmaEsPopulation(OptimisationProblem problem) => problem.Cma.PopulationSize ?? CmaEs.DefaultPopulationSize(problem.Levers.Count);

    private static string Stop(OptimisationStop stop) => stop switch
    {
        OptimisationStop.Budget => "evaluations spent",
        OptimisationStop.Converged => "converged",
        _ => "stopped from outside",
    };

    private static string Round(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
