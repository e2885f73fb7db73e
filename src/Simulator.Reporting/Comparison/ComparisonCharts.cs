using System.Globalization;
using System.Text;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Statistics;
using Simulator.Model.Metrics;
using Simulator.Reporting.Charts;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// The charts of a comparison: overlays of each scenario's weekly mean with its 95% band across
/// replicates; differences from the first scenario week by week with the paired 95% band and a zero
/// line; and the headline differences as bars with 95% error bars, one panel per figure.
/// </summary>
public static class ComparisonCharts
{
    /// <summary>The name of the headline-differences chart.</summary>
    public const string HeadlineDifferencesName = "headline-differences";

    /// <summary>The name of the profit waterfall.</summary>
    public const string WaterfallName = "profit-waterfall";

    /// <summary>The names of every chart a comparison of two or more scenarios writes, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. WeeklyMeasure.Charted.Select(m => OverlayName(m)),
        WaterfallName,
        .. WeeklyMeasure.Charted.Select(m => DifferenceName(m)),
        HeadlineDifferencesName,
    ];

    /// <summary>The overlay chart's name of <paramref name="measure"/>, e.g. "overlay-customers".</summary>
    public static string OverlayName(WeeklyMeasure measure) => "overlay-" + Slug(measure);

    /// <summary>The difference chart's name of <paramref name="measure"/>, e.g. "difference-customers".</summary>
    public static string DifferenceName(WeeklyMeasure measure) => "difference-" + Slug(measure);

    /// <summary>Every chart of <paramref name="run"/>: the overlays, then (with two or more scenarios) the differences and the headline differences.</summary>
    public static IReadOnlyList<ComparisonChart> Build(ComparisonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var charts = new List<ComparisonChart>();
        foreach (var measure in WeeklyMeasure.Charted)
        {
            charts.Add(new ComparisonChart(OverlayName(measure), $"{measure.Label} of the focal brand, per scenario",
                $"Each line is a scenario's mean {Lower(measure.Label)} of the focal brand week by week, and the shaded band around it the 95% confidence interval of that mean across replicates; where bands of two scenarios do not overlap the difference is clear, but overlapping bands do not prove there is none (read the difference chart below).",
                Overlay(run, measure), ChartStyle.Width, ChartStyle.Height));
        }

        charts.Add(new ComparisonChart(WaterfallName, "Where the revenue goes, per scenario",
            "For each scenario (a row), the upper bar is the focal brand's revenue over the run; the lower bar walks back from it through each cost in turn (acquisition, service, the experience levers, the unit cost of serving) to the profit, marked in black. Means over the replicates; every cost is described in docs/economics.md.",
            Waterfall(run), ChartStyle.Width, ChartStyle.Height));
        if (run.Labels.Count < 2)
        {
            return charts;
        }

        foreach (var measure in WeeklyMeasure.Charted)
        {
            charts.Add(new ComparisonChart(DifferenceName(measure), $"{measure.Label}: each scenario minus {run.Labels[0]}",
                $"Each line is a scenario's {Lower(measure.Label)} minus {run.Labels[0]}'s, replicate k against replicate k (common random numbers), averaged over replicates; the band is the 95% confidence interval of that paired difference, and where it lies wholly above or below the zero line the scenarios differ in that week beyond replicate noise.",
                Difference(run, measure), ChartStyle.Width, ChartStyle.Height));
        }

        var (model, width, height) = HeadlineDifferences(run);
        charts.Add(new ComparisonChart(HeadlineDifferencesName, $"Headline differences from {run.Labels[0]}",
            $"Each panel is one headline figure of the focal brand; a bar is a scenario's mean paired difference from {run.Labels[0]} (in the panel's unit) and its whisker the 95% confidence interval: a coloured bar has an interval that excludes zero, a grey one an interval that includes it.",
            model, width, height));
        return charts;
    }

    /// <summary>Each scenario's revenue over the run and the costs that take it down to profit, means over the complete replicates.</summary>
    public static PlotModel Waterfall(ComparisonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var model = ChartStyle.NewModel("Revenue, costs and profit of the focal brand", Subtitle(run, "means over replicates"));
        var money = ChartStyle.Axis(AxisPosition.Bottom, "Over the run (currency)");
        money.StringFormat = "#,0";
        model.Axes.Add(money);
        model.Axes.Add(ChartStyle.RowAxis([.. run.Labels.Reverse()]));
        (string Title, Func<MetricsRow, double> Amount, OxyColor Color)[] parts =
        [
            ("acquisition", r => r.AcquisitionCost, ChartStyle.BrandColor(1)),
            ("service", r => r.ServiceCost, ChartStyle.BrandColor(3)),
            ("experience levers", r => r.LeverCost, ChartStyle.BrandColor(4)),
            ("unit cost", r => r.UnitCost, ChartStyle.Neutral),
        ];
        var revenue = new RectangleBarSeries { Title = "revenue", FillColor = ChartStyle.Good, StrokeThickness = 0 };
        var costs = parts.Select(p => new RectangleBarSeries { Title = p.Title, FillColor = p.Color, StrokeThickness = 0 }).ToArray();
        var profit = new LineSeries { Title = "profit", Color = OxyColors.Black, StrokeThickness = 3 };
        for (var s = 0; s < run.Results.Count; s++)
        {
            var row = run.Labels.Count - 1 - s;
            var result = run.Results[s];
            var complete = result.Replicates.Where(x => x.Ticks.Count >= result.Scenario.Weeks).Select(x => x.Replicate).ToHashSet();
            var focal = MetricsTable.Rows(result).Where(r => r.Brand == result.Scenario.Brands[0].Name && r.Segment == MetricsTable.AllSegments && complete.Contains(r.Replicate)).ToArray();
            double Mean(Func<MetricsRow, double> amount) => complete.Count == 0 ? 0 : focal.Sum(amount) / complete.Count;
            var at = Mean(r => r.Revenue);
            revenue.Items.Add(new RectangleBarItem(0, row + 0.04, at, row + 0.38));
            for (var p = 0; p < parts.Length; p++)
            {
                var cost = Mean(parts[p].Amount);
                costs[p].Items.Add(new RectangleBarItem(at - cost, row - 0.38, at, row - 0.04));
                at -= cost;
            }

            profit.Points.Add(new DataPoint(at, row - 0.45));
            profit.Points.Add(new DataPoint(at, row + 0.45));
            profit.Points.Add(DataPoint.Undefined);
        }

        model.Series.Add(revenue);
        foreach (var series in costs)
        {
            model.Series.Add(series);
        }

        model.Series.Add(profit);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Gray, StrokeThickness = 1 });
        return model;
    }

    /// <summary>Each scenario's weekly mean of <paramref name="measure"/> with its 95% band.</summary>
    public static PlotModel Overlay(ComparisonRun run, WeeklyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(measure);
        var weeks = run.Weeks;
        var model = ChartStyle.NewModel($"{measure.Label} of the focal brand", Subtitle(run, "bands: 95% CI of the mean"));
        model.Axes.Add(ChartStyle.WeekAxis(weeks));
        var axis = ChartStyle.Axis(AxisPosition.Left, $"{measure.Label} ({measure.Unit})");
        // Not zero-based: the scenarios' separation is the point; the axis labels give the scale.
        axis.MinimumPadding = 0.05;
        axis.MaximumPadding = 0.05;
        model.Axes.Add(axis);
        for (var s = 0; s < run.Labels.Count; s++)
        {
            var band = WeeklyComparison.Band(run.Weekly[s], measure.Value, weeks);
            AddBand(model, band, ScenarioColor(s), run.Labels[s]);
        }

        return model;
    }

    /// <summary>Each later scenario's weekly paired difference from the first in <paramref name="measure"/>, with its 95% band and a zero line.</summary>
    public static PlotModel Difference(ComparisonRun run, WeeklyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(measure);
        var weeks = run.Weeks;
        var reference = run.Labels[0];
        var model = ChartStyle.NewModel($"{measure.Label} of the focal brand: each scenario minus {reference}",
            Subtitle(run, "paired by replicate; bands: 95% CI"));
        model.Axes.Add(ChartStyle.WeekAxis(weeks));
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Left, $"{measure.Label} difference ({measure.DifferenceUnit})"));
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColor.FromRgb(0x44, 0x44, 0x44), StrokeThickness = 1.5, LineStyle = LineStyle.Solid });
        for (var s = 1; s < run.Labels.Count; s++)
        {
            var band = WeeklyComparison.DifferenceBand(run.Weekly[0], run.Weekly[s], measure.Value, weeks);
            AddBand(model, band, ScenarioColor(s), $"{run.Labels[s]} \u2212 {reference}");
        }

        return model;
    }

    /// <summary>
    /// The headline differences: one panel per figure that has a defined difference, side by side, each
    /// with its own scale; a horizontal bar per later scenario with a 95% error bar. Returns the chart and its size.
    /// </summary>
    public static (PlotModel Model, int Width, int Height) HeadlineDifferences(ComparisonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var table = run.Table;
        var treatments = table.Scenarios.Skip(1).ToArray();
        var figures = table.Figures
            .Where(f => treatments.Any(s => table.Row(f.Key, s).Difference is { } d && double.IsFinite(d.Mean)))
            .ToArray();
        const string note = "whiskers: 95% CI of the paired difference; grey: it includes zero";
        var model = ChartStyle.NewModel($"Headline figures of the focal brand: difference from {table.Reference}", Subtitle(run, note), legend: false);
        var width = Math.Max(ChartStyle.Width, 220 + 210 * Math.Max(1, figures.Length));
        var height = Math.Max(400, 220 + 110 * treatments.Length);

        var categories = new CategoryAxis
        {
            Position = AxisPosition.Left,
            Key = "scenarios",
            IsZoomEnabled = false,
            FontSize = 13,
            GapWidth = 1.2,
            StartPosition = 1,
            EndPosition = 0,
        };
        categories.Labels.AddRange(treatments);
        model.Axes.Add(categories);

        const double gap = 0.06;
        var panel = figures.Length == 0 ? 1 : (1 - gap * (figures.Length - 1)) / figures.Length;
        for (var i = 0; i < figures.Length; i++)
        {
            var figure = figures[i];
            var rows = treatments.Select(s => table.Row(figure.Key, s).Difference ?? default).ToArray();
            var axis = ChartStyle.Axis(AxisPosition.Bottom, $"{figure.ShortLabel} ({figure.DifferenceUnit})", figure.Key);
            axis.StartPosition = i * (panel + gap);
            axis.EndPosition = axis.StartPosition + panel;
            axis.StringFormat = "#,0.##";
            var low = rows.Select(d => Finite(d.Lower, d.Mean)).Append(0).Min();
            var high = rows.Select(d => Finite(d.Upper, d.Mean)).Append(0).Max();
            var span = high - low;
            if (!(span > 0))
            {
                span = 1;
            }

            axis.Minimum = low - 0.12 * span;
            axis.Maximum = high + 0.12 * span;

            // About three labelled ticks per panel: OxyPlot spaces ticks by the whole plot's width.
            axis.MajorStep = NiceStep(span / 3);
            axis.MinorStep = axis.MajorStep / 2;
            axis.MinimumPadding = 0;
            axis.MaximumPadding = 0;
            model.Axes.Add(axis);

            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = 0,
                XAxisKey = figure.Key,
                YAxisKey = "scenarios",
                Color = OxyColor.FromRgb(0x44, 0x44, 0x44),
                StrokeThickness = 1.2,
                LineStyle = LineStyle.Solid,
            });

            var bars = new ErrorBarSeries
            {
                XAxisKey = figure.Key,
                YAxisKey = "scenarios",
                StrokeThickness = 0,
                ErrorStrokeThickness = 2,
                ErrorWidth = 0.3,
            };
            for (var s = 0; s < rows.Length; s++)
            {
                var d = rows[s];
                bars.Items.Add(new ErrorBarItem(double.IsFinite(d.Mean) ? d.Mean : 0, double.IsFinite(d.HalfWidth) ? d.HalfWidth : 0)
                {
                    Color = d.ExcludesZero ? ScenarioColor(s + 1) : OxyColor.FromRgb(0xB8, 0xB8, 0xB8),
                });

                // The numbers under the bar, so the chart stands alone on a slide.
                model.Annotations.Add(new TextAnnotation
                {
                    Text = Compact(d.Mean, figure) + "\n[" + Compact(d.Lower, figure) + ", " + Compact(d.Upper, figure) + "]",
                    TextPosition = new DataPoint((axis.Minimum + axis.Maximum) / 2, s + 0.3),
                    XAxisKey = figure.Key,
                    YAxisKey = "scenarios",
                    TextHorizontalAlignment = HorizontalAlignment.Center,
                    TextVerticalAlignment = VerticalAlignment.Top,
                    Stroke = OxyColors.Transparent,
                    Background = OxyColor.FromAColor(230, OxyColors.White),
                    FontSize = 12,
                    TextColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
                });
            }

            model.Series.Add(bars);
        }

        return (model, width, height);
    }

    /// <summary>Writes <paramref name="chart"/> as PNG and SVG into <paramref name="directory"/>.</summary>
    public static void Write(ComparisonChart chart, string directory)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(directory);
        using (var png = File.Create(Path.Combine(directory, chart.PngFile)))
        {
            var exporter = new OxyPlot.SkiaSharp.PngExporter { Width = chart.Width, Height = chart.Height };
            exporter.Export(chart.Model, png);
        }

        File.WriteAllBytes(Path.Combine(directory, chart.SvgFile), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToSvg(chart)));
    }

    /// <summary>The chart as a standalone SVG document, measured with the PNG's fonts (as <see cref="ChartRenderer.ToSvg"/>).</summary>
    public static string ToSvg(ComparisonChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var measurer = new OxyPlot.SkiaSharp.SkiaRenderContext { RenderTarget = OxyPlot.SkiaSharp.RenderTarget.VectorGraphic };
        var svg = SvgExporter.ExportToString(chart.Model, chart.Width, chart.Height, isDocument: false, textMeasurer: measurer);
        return svg
            .Replace("font-family=\"" + ChartStyle.Font + "\"", "font-family=\"" + ChartStyle.SvgFontFamily + "\"", StringComparison.Ordinal)
            .Trim() + "\n";
    }

    /// <summary>The colour of the scenario at <paramref name="index"/> (the reference first).</summary>
    public static OxyColor ScenarioColor(int index) => ChartStyle.CategoryColor(index);

    private static string Subtitle(ComparisonRun run, string note)
    {
        var replicates = run.Results[0].Scenario.Replicates;
        var text = string.Create(CultureInfo.InvariantCulture, $"{replicates} replicate(s) each, seed {run.Results[0].Scenario.Seed} - {note}");
        return run.Completed ? text : text + " - INCOMPLETE";
    }

    // A signed number short enough for a narrow panel: thousands as "k" and millions as "M" from 10,000 on.
    private static string Compact(double value, HeadlineFigure figure)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        var size = Math.Abs(value);
        return size >= 10_000_000 ? (value / 1e6).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "M"
            : size >= 10_000 ? (value / 1e3).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "k"
            : figure.FormatDifference(value);
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var m = rough / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }

    private static string Lower(string label) =>
        label.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? label : char.ToLowerInvariant(label[0]) + label[1..];

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : double.IsFinite(fallback) ? fallback : 0;

    private static string Slug(WeeklyMeasure measure) => measure.Key == "mean_trust" ? "trust" : measure.Key.Replace('_', '-');

    // A mean line with its band: one translucent area per run of consecutive weeks where the interval
    // exists (two or more replicates), so gaps never get bridged.
    private static void AddBand(PlotModel model, IReadOnlyList<Interval> band, OxyColor color, string title)
    {
        AreaSeries? area = null;
        for (var w = 0; w < band.Count; w++)
        {
            var b = band[w];
            if (double.IsFinite(b.Lower) && double.IsFinite(b.Upper))
            {
                if (area is null)
                {
                    area = new AreaSeries
                    {
                        Color = OxyColors.Transparent,
                        Color2 = OxyColors.Transparent,
                        Fill = OxyColor.FromAColor(60, color),
                        StrokeThickness = 0,
                        RenderInLegend = false,
                    };
                    model.Series.Add(area);
                }

                area.Points.Add(new DataPoint(w, b.Upper));
                area.Points2.Add(new DataPoint(w, b.Lower));
            }
            else
            {
                area = null;
            }
        }

        model.Series.Add(ChartStyle.Line(title, band.Select(b => b.Mean).ToArray(), color, 2.5));
    }
}
