using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// The charts of an optimisation: the search trace, the re-evaluation on fresh replicates (in-sample figure
/// against fresh figure, which shows the optimiser's bias), and for two objectives the Pareto front.
/// Figures are drawn in their chart units (per cent for shares).
/// </summary>
public static class OptimisationCharts
{
    /// <summary>Every chart of <paramref name="result"/> (the fresh check only once it ran, the front only for two objectives).</summary>
    public static IReadOnlyList<SweepChart> Build(OptimisationResult result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Evaluations.Count == 0)
        {
            // Stopped before the start's own runs finished: nothing to draw.
            return [];
        }

        var charts = new List<SweepChart> { Trace(result, subtitle) };
        if (result.FreshStart is not null && result.Fresh.Count > 0)
        {
            charts.Add(FreshCheckChart(result, subtitle));
        }

        if (result.Problem.Objectives.Count == 2)
        {
            charts.Add(Front(result, subtitle));
        }

        return charts;
    }

    /// <summary>The first objective of every candidate in the order evaluated, feasible and not, with the best so far.</summary>
    public static SweepChart Trace(OptimisationResult result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;
        var objective = problem.Objectives[0];
        var scale = objective.ChartScale;
        var model = ChartStyle.NewModel($"Search: {objective.Label}", subtitle);
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Bottom, "Candidate (in the order evaluated)"));
        model.Axes.Add(Formatted(ChartStyle.Axis(AxisPosition.Left, objective.AxisTitle + ", mean of the search replicates"), objective));
        for (var s = 0; s < result.Searches.Count || s == 0; s++)
        {
            var own = result.Evaluations.Where(e => e.Search == s).ToArray();
            var title = problem.Objectives.Count == 1 ? "candidate meeting the constraints" : WeightTitle(problem, s);
            var feasible = new ScatterSeries { Title = title, MarkerType = MarkerType.Circle, MarkerSize = 3.5, MarkerFill = ChartStyle.CategoryColor(s) };
            feasible.Points.AddRange(own.Where(e => problem.Violation(e, result.Start) == 0 && double.IsFinite(e.Mean(objective))).Select(e => new ScatterPoint(e.Id, e.Mean(objective) * scale)));
            model.Series.Add(feasible);
        }

        var infeasible = new ScatterSeries { Title = "candidate breaking a constraint", MarkerType = MarkerType.Cross, MarkerSize = 4, MarkerStroke = ChartStyle.Bad, MarkerStrokeThickness = 1.2 };
        infeasible.Points.AddRange(result.Evaluations.Where(e => problem.Violation(e, result.Start) > 0 && double.IsFinite(e.Mean(objective))).Select(e => new ScatterPoint(e.Id, e.Mean(objective) * scale)));
        if (infeasible.Points.Count > 0)
        {
            model.Series.Add(infeasible);
        }

        if (problem.Objectives.Count == 1)
        {
            var best = new StairStepSeries { Title = "best so far", Color = OxyColors.Black, StrokeThickness = 2 };
            var bestSoFar = double.NegativeInfinity;
            foreach (var e in result.Evaluations.Where(e => problem.Violation(e, result.Start) == 0 && double.IsFinite(e.Mean(objective))))
            {
                bestSoFar = Math.Max(bestSoFar, e.Mean(objective));
                best.Points.Add(new DataPoint(e.Id, bestSoFar * scale));
            }

            model.Series.Add(best);
        }

        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = result.Start.Mean(objective) * scale, Color = ChartStyle.Neutral, LineStyle = LineStyle.Dash, Text = "start", StrokeThickness = 1.5 });
        return new SweepChart(
            "search-trace",
            "Search trace",
            $"Each marker is a candidate policy, evaluated on the same {problem.Replicates} replicate(s) as every other (common random numbers), in the order the search proposed them; the dashed line is the starting policy" +
            (problem.Objectives.Count == 1 ? " and the black steps the best candidate meeting every constraint so far." : "; colours are the searches, one per weight of the objectives.") +
            " Crosses break a constraint. The best in-sample figure is optimistic: it is the largest of many noisy means (see the fresh check).",
            model);
    }

    /// <summary>
    /// For each re-evaluated candidate, its gain over the start on the search replicates and on the fresh ones (paired,
    /// with the 95% interval): where the first lies right of the second, the search overstated the gain.
    /// </summary>
    public static SweepChart FreshCheckChart(OptimisationResult result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;
        var objective = problem.Objectives[0];
        var scale = objective.ChartScale;
        var start = result.FreshStart!;
        var rows = result.Fresh;
        var labels = rows.Select(r => $"candidate {r.InSample.Id}").ToArray();
        var model = ChartStyle.NewModel($"Gain over the start: {objective.Label}", subtitle);
        var x = Formatted(ChartStyle.Axis(AxisPosition.Bottom, $"{objective.AxisTitle}, candidate minus start"), objective);
        (x.MinimumPadding, x.MaximumPadding) = (0.1, 0.1);
        model.Axes.Add(x);
        model.Axes.Add(ChartStyle.RowAxis(labels));
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Gray, StrokeThickness = 1, LineStyle = LineStyle.Dash, Text = "start" });
        var inSample = new ScatterSeries { Title = $"on the search replicates ({problem.Replicates})", MarkerType = MarkerType.Diamond, MarkerSize = 6, MarkerFill = OxyColors.White, MarkerStroke = ChartStyle.BrandColor(1), MarkerStrokeThickness = 2 };
        var fresh = new ScatterSeries { Title = $"on fresh replicates ({problem.FreshReplicates}), paired 95% interval", MarkerType = MarkerType.Circle, MarkerSize = 5, MarkerFill = ChartStyle.BrandColor(0) };
        var whiskers = new LineSeries { Color = ChartStyle.BrandColor(0), StrokeThickness = 1.5 };
        for (var row = 0; row < rows.Count; row++)
        {
            inSample.Points.Add(new ScatterPoint((rows[row].InSample.Mean(objective) - start.InSample.Mean(objective)) * scale, row + 0.15));
            var gain = rows[row].DifferenceFrom(start, objective);
            fresh.Points.Add(new ScatterPoint(gain.Mean * scale, row - 0.15));
            Whisker(whiskers, gain, row - 0.15, scale);
        }

        model.Series.Add(inSample);
        model.Series.Add(fresh);
        model.Series.Add(whiskers);
        return new SweepChart(
            "fresh-check",
            "The best candidates on fresh replicates",
            $"The best {rows.Count} candidate(s) of the search, each run again with the start on {problem.FreshReplicates} replicates the search never saw. Each row is a candidate's gain over the starting policy: the diamond on the search replicates, the dot on the fresh ones with its paired 95% interval. A diamond right of its dot is the optimiser's bias: the search picked candidates whose search replicates happened to favour them. An interval clear of the dashed line is a gain that is not luck.",
            model);
    }

    /// <summary>Every feasible candidate on the two objectives, the non-dominated ones joined, and the re-evaluated front points with their fresh intervals.</summary>
    public static SweepChart Front(OptimisationResult result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;
        var (a, b) = (problem.Objectives[0], problem.Objectives[1]);
        var model = ChartStyle.NewModel($"Pareto front: {a.Label} and {b.Label}", subtitle);
        // Room around the points: the front lies on the edge of the cloud.
        var horizontal = Formatted(ChartStyle.Axis(AxisPosition.Bottom, a.AxisTitle), a);
        var vertical = Formatted(ChartStyle.Axis(AxisPosition.Left, b.AxisTitle), b);
        (horizontal.MinimumPadding, horizontal.MaximumPadding, vertical.MinimumPadding, vertical.MaximumPadding) = (0.03, 0.05, 0.03, 0.05);
        model.Axes.Add(horizontal);
        model.Axes.Add(vertical);
        var all = new ScatterSeries { Title = "candidate (search replicates)", MarkerType = MarkerType.Circle, MarkerSize = 2.5, MarkerFill = ChartStyle.Neutral };
        all.Points.AddRange(result.Evaluations.Where(e => problem.Violation(e, result.Start) == 0).Select(e => new ScatterPoint(e.Mean(a) * a.ChartScale, e.Mean(b) * b.ChartScale)));
        model.Series.Add(all);
        var front = new LineSeries { Title = "non-dominated (search replicates)", Color = ChartStyle.BrandColor(1), StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 3.5, MarkerFill = ChartStyle.BrandColor(1) };
        front.Points.AddRange(result.Front.Select(id => result.Evaluations[id]).Select(e => new DataPoint(e.Mean(a) * a.ChartScale, e.Mean(b) * b.ChartScale)));
        model.Series.Add(front);
        if (result.FreshStart is { } start)
        {
            var fresh = new ScatterErrorSeries { Title = $"re-evaluated ({problem.FreshReplicates} fresh replicates, 95%)", MarkerType = MarkerType.Square, MarkerSize = 5, MarkerFill = ChartStyle.BrandColor(0), ErrorBarColor = ChartStyle.BrandColor(0) };
            foreach (var f in result.Fresh)
            {
                var (x, y) = (f.Fresh.Of(a), f.Fresh.Of(b));
                fresh.Points.Add(new ScatterErrorPoint(x.Mean * a.ChartScale, y.Mean * b.ChartScale, Half(x) * a.ChartScale, Half(y) * b.ChartScale));
            }

            model.Series.Add(fresh);
            var (sx, sy) = (start.Fresh.Of(a), start.Fresh.Of(b));
            var origin = new ScatterErrorSeries { Title = "start (fresh replicates)", MarkerType = MarkerType.Triangle, MarkerSize = 7, MarkerFill = OxyColors.Black, ErrorBarColor = OxyColors.Black };
            origin.Points.Add(new ScatterErrorPoint(sx.Mean * a.ChartScale, sy.Mean * b.ChartScale, Half(sx) * a.ChartScale, Half(sy) * b.ChartScale));
            model.Series.Add(origin);
        }

        return new SweepChart(
            "pareto-front",
            "Pareto front",
            "Grey dots are candidates meeting every constraint, on the search replicates; the line joins those no other candidate beats on both objectives. Squares are front points run again on fresh replicates, with 95% intervals on both objectives: where a square falls short of its place on the line, the search's figure was luck. The triangle is the starting policy.",
            model);
    }

    /// <summary>The legend title of search <paramref name="search"/> of a two-objective problem.</summary>
    public static string WeightTitle(OptimisationProblem problem, int search)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var w = OptimisationProblem.ParetoWeights[search];
        return FormattableString.Invariant($"search {search}: weight {w:0.##} on {problem.Objectives[0].Outcome}, {1 - w:0.##} on {problem.Objectives[1].Outcome}");
    }

    // Money and counts with thousands separators (1,500,000, not 1.5e+06).
    private static LinearAxis Formatted(LinearAxis axis, SweepFigure figure)
    {
        axis.StringFormat = figure.Format;
        return axis;
    }

    private static double Half(Interval interval) => double.IsFinite(interval.HalfWidth) ? interval.HalfWidth : 0;

    private static void Whisker(LineSeries series, Interval interval, double row, double scale)
    {
        if (!double.IsFinite(interval.Lower))
        {
            return;
        }

        series.Points.Add(new DataPoint(interval.Lower * scale, row));
        series.Points.Add(new DataPoint(interval.Upper * scale, row));
        series.Points.Add(DataPoint.Undefined);
    }
}
