using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Calibration;
using Simulator.Reporting.Charts;

namespace Simulator.Reporting.Calibration;

/// <summary>
/// The chart of a fit: the observed retention table (filled dots where fitted, open dots where held out,
/// on a shaded band), the simulated curve at the fitted values, and the simulated curve at the start values.
/// </summary>
public static class CalibrationChart
{
    /// <summary>The chart's file name without extension.</summary>
    public const string Name = "retention-fit";

    /// <summary>The PNG file name.</summary>
    public const string PngFile = Name + ".png";

    /// <summary>The SVG file name.</summary>
    public const string SvgFile = Name + ".svg";

    /// <summary>How to read the chart, for reports.</summary>
    public const string HowToRead =
        "Dots are the observed table (filled: used in the fit; open, on the grey band: held out and predicted); the blue line is the simulated cohort at the fitted values and the dashed grey line at the scenario's own values; the dotted orange line is the shifted-beta-geometric benchmark (Fader & Hardie 2007) fitted to the same periods. Where the blue line passes through the open dots, the model predicts periods it was not fitted to.";

    /// <summary>Builds the chart of <paramref name="result"/>.</summary>
    public static PlotModel Build(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var observed = result.Observed;
        var settings = result.Settings;
        var heldOut = result.HeldOutPeriods;
        var subtitle = FormattableString.Invariant($"{Path.GetFileName(observed.Source)}: fitted on {Periods(settings.FitPeriods)}")
            + (heldOut.Count > 0 ? FormattableString.Invariant($", held out {Periods(heldOut)}") : string.Empty)
            + "; RMSE " + Points(result.RmseFit) + " in sample"
            + (heldOut.Count > 0 ? ", " + Points(result.RmseHeldOut) + " out of sample" : string.Empty);
        var model = ChartStyle.NewModel("Cohort retention: observed vs simulated", subtitle);
        var last = observed.LastPeriod;
        var xTitle = settings.PeriodWeeks == 52
            ? "Years since acquisition (periods of 52 weeks)"
            : FormattableString.Invariant($"Periods since acquisition (periods of {settings.PeriodWeeks} weeks)");
        var xAxis = ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Bottom, xTitle), observed.Points[0].Period - 0.5, last + 0.5);
        xAxis.MajorStep = last <= 20 ? 1 : Math.Ceiling(last / 20.0);
        xAxis.MinorStep = xAxis.MajorStep;
        model.Axes.Add(xAxis);
        model.Axes.Add(ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "Still customers (% of cohort)"), 0, 105));

        foreach (var (from, to) in Runs(heldOut))
        {
            model.Annotations.Add(new RectangleAnnotation
            {
                MinimumX = from - 0.5,
                MaximumX = to + 0.5,
                MinimumY = 0,
                MaximumY = 105,
                Fill = OxyColor.FromAColor(40, OxyColors.Gray),
                Text = "held out",
                TextPosition = new DataPoint((from + to) / 2.0, 101),
                TextVerticalAlignment = VerticalAlignment.Middle,
                TextColor = OxyColor.FromRgb(0x55, 0x55, 0x55),
                Layer = AnnotationLayer.BelowSeries,
            });
        }

        if (result.Start is { } start)
        {
            model.Series.Add(Curve("Simulated, start values", start.Curve, OxyColor.FromRgb(0x88, 0x88, 0x88), LineStyle.Dash, MarkerType.None));
        }

        model.Series.Add(Curve("Shifted-beta-geometric benchmark", result.BenchmarkCurve, OxyColor.FromRgb(0xE6, 0x7E, 0x22), LineStyle.Dot, MarkerType.None));
        if (result.Best is { } best)
        {
            model.Series.Add(Curve("Simulated, fitted", best.Curve, ChartStyle.BrandColor(0), LineStyle.Solid, MarkerType.Circle));
        }

        var ink = OxyColor.FromRgb(0x11, 0x11, 0x11);
        var fitted = new ScatterSeries { Title = "Observed, fitted", MarkerType = MarkerType.Circle, MarkerSize = 6, MarkerFill = ink, MarkerStroke = ink, MarkerStrokeThickness = 1.5 };
        var held = new ScatterSeries { Title = "Observed, held out", MarkerType = MarkerType.Circle, MarkerSize = 6, MarkerFill = OxyColors.White, MarkerStroke = ink, MarkerStrokeThickness = 2 };
        foreach (var point in observed.Points)
        {
            (point.Period == 0 || settings.FitPeriods.Contains(point.Period) ? fitted : held).Points.Add(new ScatterPoint(point.Period, point.PercentSurviving));
        }

        model.Series.Add(fitted);
        if (held.Points.Count > 0)
        {
            model.Series.Add(held);
        }

        return model;
    }

    /// <summary>Writes the chart as PNG and SVG into <paramref name="directory"/>.</summary>
    public static void WriteFiles(CalibrationResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var model = Build(result);
        using (var png = File.Create(Path.Combine(directory, PngFile)))
        {
            ChartRenderer.ExportPng(model, png);
        }

        using var svg = File.Create(Path.Combine(directory, SvgFile));
        ChartRenderer.ExportSvg(model, svg);
    }

    private static LineSeries Curve(string title, SimulatedRetention curve, OxyColor color, LineStyle style, MarkerType marker)
    {
        var series = new LineSeries
        {
            Title = title,
            Color = color,
            StrokeThickness = marker == MarkerType.None ? 2 : 3,
            LineStyle = style,
            MarkerType = marker,
            MarkerSize = 4,
            MarkerFill = color,
        };
        for (var i = 0; i < curve.Periods.Count; i++)
        {
            series.Points.Add(double.IsFinite(curve.Percent[i]) ? new DataPoint(curve.Periods[i], curve.Percent[i]) : DataPoint.Undefined);
        }

        return series;
    }

    private static IEnumerable<(int From, int To)> Runs(IReadOnlyList<int> periods)
    {
        var sorted = periods.Order().ToArray();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            yield return (sorted[i], sorted[j]);
            i = j + 1;
        }
    }

    private static string Periods(IReadOnlyList<int> periods) =>
        (periods.Count == 1 ? "period " : "periods ") + PeriodSelection.Format(periods);

    private static string Points(double rmse) =>
        double.IsFinite(rmse) ? rmse.ToString("0.00", CultureInfo.InvariantCulture) + " pts" : "n/a";
}
