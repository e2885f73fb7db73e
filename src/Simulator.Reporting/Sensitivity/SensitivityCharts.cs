using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Sensitivity;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Sensitivity;

/// <summary>
/// The charts of a sensitivity analysis, one set per outcome: Morris' mu*-sigma plane, Sobol's first-order
/// and total indices as bars with their bootstrap 95% intervals, and the tornado of one-at-a-time swings
/// over the plausible ranges. Outcomes are drawn in their chart units (per cent for shares).
/// </summary>
public static class SensitivityCharts
{
    /// <summary>The most parameters drawn on the Sobol and tornado charts (the largest).</summary>
    public const int MaxShown = 15;

    /// <summary>The most parameters named on the Morris chart (the largest mu*): more overlap.</summary>
    public const int MaxNamed = 10;

    /// <summary>The charts of one outcome.</summary>
    public static IReadOnlyList<SweepChart> Build(SensitivityDesign design, OutcomeSensitivity result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        var charts = new List<SweepChart>();
        if (result.Morris is { } effects)
        {
            charts.Add(Morris(design, result, effects, subtitle));
        }

        if (result.Sobol is { } sobol)
        {
            charts.Add(Sobol(design, result, sobol, subtitle));
        }

        charts.Add(Tornado(design, result, subtitle));
        return charts;
    }

    /// <summary>mu* against sigma, one marker per parameter, the largest named.</summary>
    public static SweepChart Morris(SensitivityDesign design, OutcomeSensitivity result, IReadOnlyList<MorrisEffect> effects, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(effects);
        var scale = result.Outcome.ChartScale;
        var model = ChartStyle.NewModel($"Morris screening: {result.Outcome.Label}", subtitle, legend: false);
        var x = ChartStyle.Axis(AxisPosition.Bottom, $"mu*: mean |effect| over the plausible range ({result.Outcome.AxisTitle})");
        var y = ChartStyle.Axis(AxisPosition.Left, $"sigma: spread of the effects ({result.Outcome.AxisTitle})");
        // Room on the right and at the top for the names of the largest.
        (x.Minimum, x.MaximumPadding, y.Minimum, y.MaximumPadding) = (0, 0.25, 0, 0.1);
        model.Axes.Add(x);
        model.Axes.Add(y);
        var markers = new ScatterSeries { MarkerType = MarkerType.Circle, MarkerSize = 5, MarkerFill = ChartStyle.BrandColor(0) };
        var maximum = 0.0;
        foreach (var e in effects)
        {
            markers.Points.Add(new ScatterPoint(e.MuStar * scale, e.Sigma * scale));
            maximum = Math.Max(maximum, Math.Max(e.MuStar, e.Sigma) * scale);
        }

        model.Series.Add(markers);
        // The diagonal sigma = mu*: above it an input's effect depends mostly on where the others are.
        var diagonal = new LineSeries { Color = ChartStyle.Neutral, LineStyle = LineStyle.Dash, StrokeThickness = 1 };
        diagonal.Points.Add(new DataPoint(0, 0));
        diagonal.Points.Add(new DataPoint(maximum, maximum));
        model.Series.Add(diagonal);
        foreach (var i in Largest(effects.Select(e => e.MuStar).ToArray()).Take(MaxNamed))
        {
            model.Annotations.Add(new TextAnnotation
            {
                Text = ShortName(design.Parameters[i].Path),
                TextPosition = new DataPoint(effects[i].MuStar * scale, effects[i].Sigma * scale),
                TextHorizontalAlignment = HorizontalAlignment.Left,
                TextVerticalAlignment = VerticalAlignment.Bottom,
                Stroke = OxyColors.Undefined,
                FontSize = 12,
                Offset = new ScreenVector(6, -2),
            });
        }

        return new SweepChart(
            $"morris-{result.Outcome.Column}",
            $"Morris screening of {result.Outcome.Label.ToLowerInvariant()}",
            $"Each marker is a parameter: to the right, moving it over its plausible range moves the outcome more (mu*, the mean absolute elementary effect, scaled to the whole range); higher up, its effect changes more with the other parameters (sigma: interactions or a curved effect). Above the dashed diagonal the effect depends more on the rest than on the parameter itself. The {Math.Min(MaxNamed, effects.Count)} largest are named.",
            model);
    }

    /// <summary>First-order and total indices of the parameters with the largest totals, with their 95% intervals.</summary>
    public static SweepChart Sobol(SensitivityDesign design, OutcomeSensitivity result, SobolResult sobol, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sobol);
        var shown = Largest(sobol.Total.Select(t => t.Value).ToArray()).Reverse().ToArray();
        var model = ChartStyle.NewModel($"Sobol indices: {result.Outcome.Label}", subtitle);
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Bottom, "Share of the outcome's variance"));
        model.Axes.Add(CategoryLabels(design, shown));
        var first = new RectangleBarSeries { Title = "first order S_i (alone)", FillColor = ChartStyle.BrandColor(0), StrokeThickness = 0 };
        var total = new RectangleBarSeries { Title = "total ST_i (with interactions)", FillColor = ChartStyle.BrandColor(1), StrokeThickness = 0 };
        var whiskers = new LineSeries { Title = "95% bootstrap interval", Color = OxyColors.Black, StrokeThickness = 1.5 };
        for (var row = 0; row < shown.Length; row++)
        {
            var i = shown[row];
            first.Items.Add(new RectangleBarItem(0, row + 0.04, sobol.FirstOrder[i].Value, row + 0.38));
            total.Items.Add(new RectangleBarItem(0, row - 0.38, sobol.Total[i].Value, row - 0.04));
            Whisker(whiskers, sobol.FirstOrder[i], row + 0.21);
            Whisker(whiskers, sobol.Total[i], row - 0.21);
        }

        model.Series.Add(first);
        model.Series.Add(total);
        model.Series.Add(whiskers);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Gray, StrokeThickness = 1, LineStyle = LineStyle.Solid });
        return new SweepChart(
            $"sobol-{result.Outcome.Column}",
            $"Sobol indices of {result.Outcome.Label.ToLowerInvariant()}",
            FormattableString.Invariant($"For each parameter (the {shown.Length} with the largest total index), the share of the outcome's variance over the plausible ranges that it explains alone (first order) and together with its interactions (total), with bootstrap 95% intervals over the N = {design.Samples} base samples. A total near zero means the parameter can be fixed anywhere in its range; a total well above the first order means it acts through interactions. Estimates from {sobol.Evaluations:N0} points can dip below zero by sampling error."),
            model);
    }

    /// <summary>The one-at-a-time swings, largest at the top, around the outcome at the scenario's values.</summary>
    public static SweepChart Tornado(SensitivityDesign design, OutcomeSensitivity result, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(result);
        var scale = result.Outcome.ChartScale;
        var swings = result.Tornado.Select(t => double.IsFinite(t.Swing) ? t.Swing : -1).ToArray();
        var shown = Largest(swings).Reverse().ToArray();
        var model = ChartStyle.NewModel($"One at a time: {result.Outcome.Label}", subtitle);
        var x = ChartStyle.Axis(AxisPosition.Bottom, result.Outcome.AxisTitle);
        (x.MinimumPadding, x.MaximumPadding) = (0.05, 0.05);
        model.Axes.Add(x);
        model.Axes.Add(CategoryLabels(design, shown));
        var low = new RectangleBarSeries { Title = "at the plausible minimum", FillColor = ChartStyle.BrandColor(1), StrokeThickness = 0 };
        var high = new RectangleBarSeries { Title = "at the plausible maximum", FillColor = ChartStyle.BrandColor(0), StrokeThickness = 0 };
        var centre = result.Base * scale;
        for (var row = 0; row < shown.Length; row++)
        {
            var bar = result.Tornado[shown[row]];
            if (double.IsFinite(bar.AtLow))
            {
                low.Items.Add(new RectangleBarItem(centre, row - 0.36, bar.AtLow * scale, row));
            }

            if (double.IsFinite(bar.AtHigh))
            {
                high.Items.Add(new RectangleBarItem(centre, row, bar.AtHigh * scale, row + 0.36));
            }
        }

        model.Series.Add(low);
        model.Series.Add(high);
        var scenario = new LineSeries { Title = "the scenario as it is", Color = OxyColors.Black, StrokeThickness = 1.5 };
        scenario.Points.Add(new DataPoint(centre, -0.6));
        scenario.Points.Add(new DataPoint(centre, shown.Length - 0.4));
        model.Series.Add(scenario);
        return new SweepChart(
            $"tornado-{result.Outcome.Column}",
            $"One-at-a-time swings of {result.Outcome.Label.ToLowerInvariant()}",
            $"Each bar moves one parameter to the ends of its plausible range, every other setting as in the scenario (black line); the {shown.Length} largest swings are drawn, largest at the top. It shows each parameter's reach alone; the Morris and Sobol charts show what happens when all move together.",
            model);
    }

    /// <summary>The last part of a path: model.trustGain gives trustGain; brands.Focal.policy.serviceEffort gives Focal.serviceEffort.</summary>
    public static string ShortName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('.');
        return parts switch
        {
            ["brands", var brand, "policy", var lever] => brand + "." + lever,
            ["segments", var segment, var setting] => segment + "." + setting,
            _ => parts[^1],
        };
    }

    // The indices of the largest values (at most MaxShown), largest first; ties keep the parameters' order.
    private static int[] Largest(IReadOnlyList<double> values) =>
        [.. Enumerable.Range(0, values.Count).OrderByDescending(i => double.IsFinite(values[i]) ? values[i] : double.NegativeInfinity).ThenBy(i => i).Take(MaxShown)];

    private static LinearAxis CategoryLabels(SensitivityDesign design, int[] rows) =>
        ChartStyle.RowAxis([.. rows.Select(i => ShortName(design.Parameters[i].Path))]);

    private static void Whisker(LineSeries series, SensitivityIndex index, double y)
    {
        if (!double.IsFinite(index.Lower) || !double.IsFinite(index.Upper))
        {
            return;
        }

        series.Points.Add(new DataPoint(index.Lower, y));
        series.Points.Add(new DataPoint(index.Upper, y));
        series.Points.Add(DataPoint.Undefined);
    }
}
