using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// The charts of a sweep, of the outcome's mean over replicates: against the one varied parameter
/// (a line with 95% interval bars); over the grid of two (a heat map, or for a Latin hypercube a
/// scatter coloured by the outcome); or, with more than two, one chart per parameter of its mean
/// marginal effect (the mean over every point at that value, the other parameters averaged over).
/// </summary>
public static class SweepCharts
{
    /// <summary>The most cells of a heat map that are labelled with their value.</summary>
    public const int MaxLabelledCells = 400;

    /// <summary>The bins a Latin hypercube parameter's range is cut into for its marginal effect.</summary>
    public const int MaxMarginalBins = 10;

    private const string ColourAxisKey = "outcome";

    /// <summary>Builds the charts of <paramref name="points"/> for <paramref name="outcome"/>.</summary>
    public static IReadOnlyList<SweepChart> Build(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        return design.Parameters.Count switch
        {
            1 => [Effect(design, points, outcome, subtitle)],
            2 when design.Kind == DesignKind.Factorial => [Heatmap(design, points, outcome, subtitle)],
            2 => [Scatter(design, points, outcome, subtitle)],
            _ => [.. design.Parameters.Select((_, j) => Marginal(design, points, outcome, subtitle, j))],
        };
    }

    /// <summary>The outcome against the single varied parameter, with 95% interval bars.</summary>
    public static SweepChart Effect(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        var path = design.Paths[0];
        var series = points
            .Select(p => (X: p.Point.Values[0], Interval: p.Of(outcome)))
            .OrderBy(p => p.X)
            .ToArray();
        var model = LineWithBars(outcome.Label, subtitle, path, outcome, series);
        return new SweepChart(
            "effect",
            outcome.Label + " by " + path,
            $"Each marker is the mean over the replicates at one value of {path}; the bars are 95% confidence intervals (none with one replicate). Every other setting is the scenario's, and replicate k uses the same random numbers at every value.",
            model);
    }

    /// <summary>The outcome's mean over the grid of two parameters of a factorial design, as a heat map with a colour scale.</summary>
    public static SweepChart Heatmap(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        var xLevels = points.Select(p => p.Point.Values[0]).Distinct().Order().ToArray();
        var yLevels = points.Select(p => p.Point.Values[1]).Distinct().Order().ToArray();
        var data = new double[xLevels.Length, yLevels.Length];
        for (var i = 0; i < xLevels.Length; i++)
        {
            for (var j = 0; j < yLevels.Length; j++)
            {
                data[i, j] = double.NaN;
            }
        }

        foreach (var p in points)
        {
            data[Array.IndexOf(xLevels, p.Point.Values[0]), Array.IndexOf(yLevels, p.Point.Values[1])] = p.Of(outcome).Mean * outcome.ChartScale;
        }

        var (xPath, yPath) = (design.Paths[0], design.Paths[1]);
        var model = ChartStyle.NewModel(outcome.Label, subtitle, legend: false);
        model.Axes.Add(LevelAxis(AxisPosition.Bottom, xPath, xLevels));
        model.Axes.Add(LevelAxis(AxisPosition.Left, yPath, yLevels));
        var colour = ColourAxis(outcome, data.Cast<double>());
        model.Axes.Add(colour);
        model.Series.Add(new HeatMapSeries
        {
            X0 = -0.5,
            X1 = xLevels.Length - 0.5,
            Y0 = -0.5,
            Y1 = yLevels.Length - 0.5,
            CoordinateDefinition = HeatMapCoordinateDefinition.Edge,
            RenderMethod = HeatMapRenderMethod.Rectangles,
            Interpolate = false,
            Data = data,
            ColorAxisKey = ColourAxisKey,
        });
        if (xLevels.Length * yLevels.Length <= MaxLabelledCells)
        {
            var fontSize = Math.Clamp(420.0 / Math.Max(xLevels.Length, yLevels.Length) / 3, 8, 14);
            for (var i = 0; i < xLevels.Length; i++)
            {
                for (var j = 0; j < yLevels.Length; j++)
                {
                    if (double.IsFinite(data[i, j]))
                    {
                        model.Annotations.Add(new TextAnnotation
                        {
                            TextPosition = new DataPoint(i, j),
                            Text = data[i, j].ToString(outcome.Format, CultureInfo.InvariantCulture),
                            TextColor = ContrastOn(colour, data[i, j]),
                            Stroke = OxyColors.Transparent,
                            FontSize = fontSize,
                            TextHorizontalAlignment = HorizontalAlignment.Center,
                            TextVerticalAlignment = VerticalAlignment.Middle,
                        });
                    }
                }
            }
        }

        return new SweepChart(
            "heatmap",
            outcome.Label + " over " + xPath + " and " + yPath,
            $"Each cell is the {outcome.Label.ToLowerInvariant()} at one combination of {xPath} (across) and {yPath} (up), the mean over the replicates; the colour scale is on the right. Replicate k uses the same random numbers in every cell, so differences between cells come from the settings, not from luck.",
            model);
    }

    /// <summary>The points of a two-parameter Latin hypercube, placed by their values and coloured by the outcome's mean.</summary>
    public static SweepChart Scatter(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        var (xPath, yPath) = (design.Paths[0], design.Paths[1]);
        var model = ChartStyle.NewModel(outcome.Label, subtitle, legend: false);
        model.Axes.Add(RangeAxis(AxisPosition.Bottom, design.Parameters[0]));
        model.Axes.Add(RangeAxis(AxisPosition.Left, design.Parameters[1]));
        var values = points.Select(p => p.Of(outcome).Mean * outcome.ChartScale).ToArray();
        model.Axes.Add(ColourAxis(outcome, values));
        var scatter = new ScatterSeries
        {
            MarkerType = MarkerType.Circle,
            MarkerSize = Math.Clamp(60 / Math.Sqrt(points.Count), 3, 9),
            MarkerStroke = OxyColor.FromRgb(0x55, 0x55, 0x55),
            MarkerStrokeThickness = 0.5,
            ColorAxisKey = ColourAxisKey,
        };
        for (var i = 0; i < points.Count; i++)
        {
            if (double.IsFinite(values[i]))
            {
                scatter.Points.Add(new ScatterPoint(points[i].Point.Values[0], points[i].Point.Values[1], double.NaN, values[i]));
            }
        }

        model.Series.Add(scatter);
        return new SweepChart(
            "scatter",
            outcome.Label + " over " + xPath + " and " + yPath,
            $"Each dot is one point of the Latin hypercube, placed by its {xPath} (across) and {yPath} (up) and coloured by its {outcome.Label.ToLowerInvariant()} (the mean over its replicates); the colour scale is on the right.",
            model);
    }

    /// <summary>
    /// The mean marginal effect of parameter <paramref name="parameter"/>: for each of its values (for a
    /// Latin hypercube, each tenth of its range), the mean outcome over every point there, with the 95%
    /// interval of that mean over those points.
    /// </summary>
    public static SweepChart Marginal(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome, string subtitle, int parameter)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outcome);
        var spec = design.Parameters[parameter];
        var path = spec.Path;
        (double X, Interval Interval)[] series;
        if (design.Kind == DesignKind.Factorial)
        {
            series = points
                .GroupBy(p => p.Point.Values[parameter])
                .Select(g => (g.Key, Interval.Of(g.Select(p => p.Of(outcome).Mean))))
                .OrderBy(g => g.Key)
                .ToArray();
        }
        else
        {
            var bins = Math.Min(MaxMarginalBins, points.Count);
            var width = (spec.To - spec.From) / bins;
            series = points
                .GroupBy(p => spec.To == spec.From ? 0 : LatinHypercube.StratumOf((p.Point.Values[parameter] - spec.From) / (spec.To - spec.From), bins))
                .Select(g => (spec.From + (g.Key + 0.5) * width, Interval.Of(g.Select(p => p.Of(outcome).Mean))))
                .OrderBy(g => g.Item1)
                .ToArray();
        }

        var model = LineWithBars("Mean effect of " + path, subtitle, path, outcome, series);
        var howToRead = design.Kind == DesignKind.Factorial
            ? $"Each marker is the {outcome.Label.ToLowerInvariant()} averaged over every point of the design with that value of {path}, the other varied parameters averaged over (a main effect); the bars are the 95% interval of that mean over those points."
            : $"Each marker is the {outcome.Label.ToLowerInvariant()} averaged over the Latin hypercube's points whose {path} falls in that tenth of its range (placed at the middle of it), the other parameters averaged over; the bars are the 95% interval of that mean over those points.";
        return new SweepChart(
            FormattableString.Invariant($"marginal-{parameter + 1}-{RunDirectory.SafeName(path)}"),
            "Mean effect of " + path + " on " + outcome.Label.ToLowerInvariant(),
            howToRead,
            model);
    }

    private static PlotModel LineWithBars(string title, string subtitle, string path, SweepFigure outcome, IReadOnlyList<(double X, Interval Interval)> series)
    {
        var model = ChartStyle.NewModel(title, subtitle, legend: false);
        var xAxis = ChartStyle.Axis(AxisPosition.Bottom, path);
        xAxis.MinimumPadding = 0.03;
        xAxis.MaximumPadding = 0.03;
        model.Axes.Add(xAxis);
        var yAxis = ChartStyle.Axis(AxisPosition.Left, outcome.AxisTitle);
        var extent = series
            .SelectMany(p => new[] { p.Interval.Mean, p.Interval.Lower, p.Interval.Upper })
            .Select(v => v * outcome.ChartScale)
            .Where(double.IsFinite)
            .ToArray();
        if (extent.Length > 0)
        {
            // The error bars are not part of OxyPlot's automatic range.
            var (low, high) = (extent.Min(), extent.Max());
            var pad = high > low ? (high - low) * 0.05 : Math.Max(Math.Abs(low) * 0.05, 0.5);
            ChartStyle.FixedRange(yAxis, low - pad, high + pad);
        }

        model.Axes.Add(yAxis);
        var color = ChartStyle.BrandColor(0);
        var line = new LineSeries
        {
            Color = color,
            StrokeThickness = 2,
            MarkerType = MarkerType.Circle,
            MarkerSize = 4,
            MarkerFill = color,
        };
        var bars = new ScatterErrorSeries
        {
            MarkerType = MarkerType.None,
            ErrorBarColor = color,
            ErrorBarStrokeThickness = 1.5,
            ErrorBarStopWidth = 5,
        };
        foreach (var (x, interval) in series)
        {
            var mean = interval.Mean * outcome.ChartScale;
            line.Points.Add(double.IsFinite(mean) ? new DataPoint(x, mean) : DataPoint.Undefined);
            if (double.IsFinite(mean) && double.IsFinite(interval.HalfWidth))
            {
                bars.Points.Add(new ScatterErrorPoint(x, mean, 0, interval.HalfWidth * outcome.ChartScale));
            }
        }

        model.Series.Add(bars);
        model.Series.Add(line);
        return model;
    }

    private static LinearAxis LevelAxis(AxisPosition position, string title, double[] levels)
    {
        var axis = ChartStyle.FixedRange(ChartStyle.Axis(position, title), -0.5, levels.Length - 0.5);
        axis.MajorStep = 1;
        axis.MinorStep = 1;
        axis.MajorGridlineStyle = LineStyle.None;
        axis.LabelFormatter = v =>
        {
            var i = (int)Math.Round(v);
            return Math.Abs(v - i) < 1e-9 && i >= 0 && i < levels.Length ? DesignPoint.FormatValue(levels[i]) : string.Empty;
        };
        return axis;
    }

    private static LinearAxis RangeAxis(AxisPosition position, SweepParameter parameter)
    {
        var margin = parameter.To == parameter.From ? 0.5 : (parameter.To - parameter.From) * 0.03;
        return ChartStyle.FixedRange(ChartStyle.Axis(position, parameter.Path), parameter.From - margin, parameter.To + margin);
    }

    private static LinearColorAxis ColourAxis(SweepFigure outcome, IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        var (min, max) = finite.Length == 0 ? (0.0, 1.0) : (finite.Min(), finite.Max());
        if (max - min < 1e-12)
        {
            var pad = Math.Max(Math.Abs(min) * 0.01, 0.5);
            (min, max) = (min - pad, max + pad);
        }

        return new LinearColorAxis
        {
            Key = ColourAxisKey,
            Position = AxisPosition.Right,
            Title = outcome.AxisTitle,
            Palette = OxyPalettes.Viridis(200),
            Minimum = min,
            Maximum = max,
            InvalidNumberColor = OxyColor.FromRgb(0xDD, 0xDD, 0xDD),
            TitleFontSize = 14,
            FontSize = 13,
            AxisTitleDistance = 8,
        };
    }

    // Black on the light end of the palette, white on the dark end.
    private static OxyColor ContrastOn(LinearColorAxis axis, double value)
    {
        var colors = axis.Palette.Colors;
        var t = Math.Clamp((value - axis.Minimum) / (axis.Maximum - axis.Minimum), 0, 1);
        var c = colors[(int)Math.Round(t * (colors.Count - 1))];
        var luminance = (0.2126 * c.R) + (0.7152 * c.G) + (0.0722 * c.B);
        return luminance > 140 ? OxyColor.FromRgb(0x11, 0x11, 0x11) : OxyColors.White;
    }
}
