using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using Simulator.Experiments.Statistics;

namespace Simulator.Reporting.Charts;

/// <summary>The look shared by every chart: white background, readable fonts, one colour per brand (the focal brand first).</summary>
public static class ChartStyle
{
    /// <summary>Width of an exported chart, in pixels.</summary>
    public const int Width = 1000;
    /// <summary>Height of an exported chart, in pixels.</summary>
    public const int Height = 600;
    /// <summary>Font used by every chart (any sans-serif font stands in where it is missing).</summary>
    public const string Font = "DejaVu Sans";
    /// <summary>The font list written into SVG files: the chart font, then fonts of similar width, then any sans-serif.</summary>
    public const string SvgFontFamily = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, sans-serif";

    /// <summary>Brand colours, in brand order (cycled): the focal brand is the strong blue.</summary>
    public static IReadOnlyList<OxyColor> BrandColors { get; } =
    [
        OxyColor.FromRgb(0x1F, 0x5F, 0xBF),
        OxyColor.FromRgb(0xE0, 0x7B, 0x00),
        OxyColor.FromRgb(0x2E, 0x8B, 0x57),
        OxyColor.FromRgb(0x9B, 0x3D, 0xB8),
        OxyColor.FromRgb(0x8C, 0x56, 0x4B),
        OxyColor.FromRgb(0x55, 0x55, 0x55),
    ];

    /// <summary>Colours for categories such as segments (cycled).</summary>
    public static IReadOnlyList<OxyColor> CategoryColors { get; } =
    [
        OxyColor.FromRgb(0x1F, 0x77, 0xB4),
        OxyColor.FromRgb(0xFF, 0x7F, 0x0E),
        OxyColor.FromRgb(0x2C, 0xA0, 0x2C),
        OxyColor.FromRgb(0xD6, 0x27, 0x28),
        OxyColor.FromRgb(0x94, 0x67, 0xBD),
        OxyColor.FromRgb(0x8C, 0x56, 0x4B),
        OxyColor.FromRgb(0xE3, 0x77, 0xC2),
        OxyColor.FromRgb(0x7F, 0x7F, 0x7F),
    ];

    /// <summary>Promoters (green).</summary>
    public static OxyColor Good { get; } = OxyColor.FromRgb(0x2E, 0x9E, 0x4F);
    /// <summary>Passives (grey).</summary>
    public static OxyColor Neutral { get; } = OxyColor.FromRgb(0xB0, 0xB0, 0xB0);
    /// <summary>Detractors and anger (red).</summary>
    public static OxyColor Bad { get; } = OxyColor.FromRgb(0xD0, 0x3A, 0x2F);

    /// <summary>The colour of brand <paramref name="brand"/>.</summary>
    public static OxyColor BrandColor(int brand) => BrandColors[brand % BrandColors.Count];

    /// <summary>The colour of category <paramref name="index"/>.</summary>
    public static OxyColor CategoryColor(int index) => CategoryColors[index % CategoryColors.Count];

    /// <summary>A white chart with a title, a subtitle and a legend outside on the right.</summary>
    public static PlotModel NewModel(string title, string? subtitle = null, bool legend = true)
    {
        var model = new PlotModel
        {
            Title = title,
            Subtitle = subtitle,
            Background = OxyColors.White,
            PlotAreaBackground = OxyColors.White,
            TextColor = OxyColor.FromRgb(0x22, 0x22, 0x22),
            DefaultFont = Font,
            DefaultFontSize = 14,
            TitleFontSize = 20,
            SubtitleFontSize = 14,
            Padding = new OxyThickness(10, 10, 20, 10),
            PlotAreaBorderColor = OxyColor.FromRgb(0x99, 0x99, 0x99),
        };
        if (legend)
        {
            model.Legends.Add(new Legend
            {
                LegendPlacement = LegendPlacement.Outside,
                LegendPosition = LegendPosition.RightTop,
                LegendOrientation = LegendOrientation.Vertical,
                LegendBorder = OxyColors.Undefined,
                LegendFontSize = 14,
            });
        }

        return model;
    }

    /// <summary>A linear axis with a title (with units) and light grid lines.</summary>
    public static LinearAxis Axis(AxisPosition position, string title, string? key = null) => new()
    {
        Position = position,
        Title = title,
        Key = key,
        MajorGridlineStyle = LineStyle.Solid,
        MajorGridlineColor = OxyColor.FromRgb(0xE6, 0xE6, 0xE6),
        MinorGridlineStyle = LineStyle.None,
        TitleFontSize = 14,
        FontSize = 13,
        AxisTitleDistance = 8,
    };

    /// <summary>
    /// A left axis of named rows for horizontal bars: row i sits at y = i (the first label at the bottom),
    /// with a label on each row and no grid lines.
    /// </summary>
    public static LinearAxis RowAxis(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var axis = Axis(AxisPosition.Left, string.Empty);
        (axis.Minimum, axis.Maximum, axis.MajorStep, axis.MinorStep, axis.MajorGridlineStyle) = (-0.6, labels.Count - 0.4, 1, 1, LineStyle.None);
        axis.LabelFormatter = v =>
        {
            var row = (int)Math.Round(v);
            return Math.Abs(v - row) < 1e-9 && row >= 0 && row < labels.Count ? labels[row] : string.Empty;
        };
        return axis;
    }

    /// <summary>The x axis of week-by-week charts.</summary>
    public static LinearAxis WeekAxis(int weeks, string title = "Week") => FixedRange(Axis(AxisPosition.Bottom, title), 0, Math.Max(1, weeks - 1));

    /// <summary>Sets an axis range.</summary>
    public static LinearAxis FixedRange(LinearAxis axis, double minimum, double maximum)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.Minimum = minimum;
        axis.Maximum = maximum;
        return axis;
    }

    /// <summary>A line series over weeks from <paramref name="values"/>; NaN values break the line.</summary>
    public static LineSeries Line(string title, IReadOnlyList<double> values, OxyColor color, double thickness = 2, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(values);
        var series = new LineSeries { Title = title, Color = color, StrokeThickness = thickness };
        for (var i = 0; i < values.Count; i++)
        {
            series.Points.Add(double.IsFinite(values[i]) ? new DataPoint(i, values[i] * scale) : DataPoint.Undefined);
        }

        return series;
    }

    /// <summary>Opacity (0-255) of the confidence bands drawn behind lines of means.</summary>
    public const byte BandAlpha = 56;

    /// <summary>The <see cref="PlotElement.Tag"/> of every confidence band, so that tests and later lines can find them.</summary>
    public const string BandTag = "95% CI band";

    /// <summary>
    /// The 95% interval of each week as translucent areas of <paramref name="color"/>, from the lower to the
    /// upper bound: one area per run of consecutive weeks where the interval exists (two or more replicates
    /// with a value), none when it never does, e.g. with one replicate.
    /// </summary>
    public static IReadOnlyList<AreaSeries> Band(string title, IReadOnlyList<Interval> intervals, OxyColor color, double scale = 1, string? yAxisKey = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var bands = new List<AreaSeries>();
        AreaSeries? current = null;
        for (var i = 0; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            if (!double.IsFinite(interval.Lower) || !double.IsFinite(interval.Upper))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new AreaSeries
                {
                    Title = title + " (95% CI)",
                    Tag = BandTag,
                    Color = OxyColors.Transparent,
                    Color2 = OxyColors.Transparent,
                    Fill = OxyColor.FromAColor(BandAlpha, color),
                    StrokeThickness = 0,
                    RenderInLegend = false,
                    YAxisKey = yAxisKey,
                };
                bands.Add(current);
            }

            current.Points.Add(new DataPoint(i, interval.Upper * scale));
            current.Points2.Add(new DataPoint(i, interval.Lower * scale));
        }

        return bands;
    }

    /// <summary>
    /// Adds a line of the weekly means of <paramref name="intervals"/> to <paramref name="model"/> and,
    /// where the 95% interval exists, its <see cref="Band"/> in the same colour. Bands go before every
    /// line already in the model, so that no band covers a line. Returns the line, e.g. to dash it.
    /// </summary>
    public static LineSeries AddMeanLine(PlotModel model, string title, IReadOnlyList<Interval> intervals, OxyColor color, double thickness = 2, double scale = 1, string? yAxisKey = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(intervals);
        var at = model.Series.TakeWhile(s => BandTag.Equals(s.Tag)).Count();
        foreach (var band in Band(title, intervals, color, scale, yAxisKey))
        {
            model.Series.Insert(at++, band);
        }

        var line = Line(title, ChartData.Means(intervals), color, thickness, scale);
        line.YAxisKey = yAxisKey;
        model.Series.Add(line);
        return line;
    }

    /// <summary>
    /// Stacked areas over weeks: layer <c>i</c> fills from the sum of layers below it to that sum plus its
    /// own value (NaN counts as 0); the first layer is at the bottom.
    /// </summary>
    public static IReadOnlyList<AreaSeries> Stack(IReadOnlyList<(string Title, double[] Values, OxyColor Color)> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var weeks = layers.Count == 0 ? 0 : layers.Max(l => l.Values.Length);
        var below = new double[weeks];
        var result = new List<AreaSeries>(layers.Count);
        foreach (var (title, values, color) in layers)
        {
            var area = new AreaSeries
            {
                Title = title,
                Color = color,
                Fill = OxyColor.FromAColor(220, color),
                StrokeThickness = 1,
                Color2 = OxyColors.Transparent,
            };
            for (var week = 0; week < weeks; week++)
            {
                var v = week < values.Length && double.IsFinite(values[week]) ? values[week] : 0;
                area.Points2.Add(new DataPoint(week, below[week]));
                below[week] += v;
                area.Points.Add(new DataPoint(week, below[week]));
            }

            result.Add(area);
        }

        return result;
    }
}
