using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Charts;

/// <summary>
/// Builds the chart models of a run. Every chart shows the mean over replicates when there are
/// several, and the week-by-week lines of means carry their 95% confidence interval as a translucent
/// band of the same colour; brand 0 is the focal brand.
/// </summary>
public static class RunCharts
{
    private const int Focal = 0;

    /// <summary>
    /// The fewest acquired customers a point of the pooled retention curve may rest on. The oldest ages
    /// pool only the first few weeks' cohorts; at 100 customers a survival near 60% still has a sampling
    /// error of about 5 points, below that the curve swings by ten (a modelling choice of presentation).
    /// </summary>
    public const int MinimumPooledCohort = 100;

    /// <summary>Pooled cohort survival by weeks since acquisition, one line per brand, cut where fewer than <see cref="MinimumPooledCohort"/> customers are pooled.</summary>
    public static PlotModel Retention(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var note = string.Create(CultureInfo.InvariantCulture, $"pooled over acquisition cohorts; ages with under {MinimumPooledCohort} pooled customers not drawn");
        var model = ChartStyle.NewModel("Retention of customers acquired during the run", Subtitle(result, note, band: true));
        var weeks = ChartData.Weeks(result);
        model.Axes.Add(ChartStyle.WeekAxis(weeks, "Weeks since acquisition (weeks)"));
        model.Axes.Add(ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "Still customers (% of cohort)"), 0, 105));
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            ChartStyle.AddMeanLine(model, BrandTitle(result, b), ChartData.CohortSurvivalIntervals(result, b, MinimumPooledCohort), ChartStyle.BrandColor(b), b == Focal ? 3 : 2, 100);
        }

        return model;
    }

    /// <summary>Current customers per brand over time.</summary>
    public static PlotModel Customers(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ChartStyle.NewModel("Customers per brand", Subtitle(result, band: true));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        model.Axes.Add(ZeroBased(ChartStyle.Axis(AxisPosition.Left, "Customers (people)")));
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            ChartStyle.AddMeanLine(model, BrandTitle(result, b), ChartData.WeeklyIntervals(result, b, -1, r => r.Customers), ChartStyle.BrandColor(b), b == Focal ? 3 : 2);
        }

        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>NPS over time per brand.</summary>
    public static PlotModel Advocacy(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ChartStyle.NewModel("Net Promoter Score per brand", Subtitle(result, "% promoters - % detractors among current customers", band: true));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Left, "NPS (points, -100 to 100)"));
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColors.Gray, LineStyle = LineStyle.Dash });
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            ChartStyle.AddMeanLine(model, BrandTitle(result, b), ChartData.WeeklyIntervals(result, b, -1, r => r.Customers == 0 ? double.NaN : r.Nps), ChartStyle.BrandColor(b), b == Focal ? 3 : 2);
        }

        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>
    /// The NPS each brand's survey reports, one point per quarter of <see cref="Headlines.SurveyWeeks"/> weeks with its 95%
    /// sampling interval (replicate 0: the one world a firm sees), over the true NPS of every customer (thin line).
    /// </summary>
    public static PlotModel Survey(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var note = string.Create(CultureInfo.InvariantCulture, $"points: survey, {Headlines.SurveyWeeks}-week quarters of replicate 0, 95% sampling intervals; lines: true NPS");
        var model = ChartStyle.NewModel("NPS as surveyed and as it is", Subtitle(result, note, band: true));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        var axis = ChartStyle.Axis(AxisPosition.Left, "NPS (points, -100 to 100)");
        model.Axes.Add(axis);
        double low = 0, high = 0;
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColors.Gray, LineStyle = LineStyle.Dash });
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            var color = ChartStyle.BrandColor(b);
            var truth = ChartData.WeeklyIntervals(result, b, -1, r => r.Customers == 0 ? double.NaN : r.Nps);
            ChartStyle.AddMeanLine(model, BrandTitle(result, b) + ", true", truth, color, 1.5);
            foreach (var week in truth.Where(i => double.IsFinite(i.Mean)))
            {
                (low, high) = (Math.Min(low, week.Mean), Math.Max(high, week.Mean));
            }

            var points = new ScatterErrorSeries
            {
                Title = BrandTitle(result, b) + ", surveyed",
                MarkerType = b == Focal ? MarkerType.Circle : MarkerType.Diamond,
                MarkerSize = 5,
                MarkerFill = color,
                ErrorBarColor = color,
                ErrorBarStrokeThickness = 1.5,
                ErrorBarStopWidth = 4,
            };
            if (result.Replicates.Count > 0)
            {
                var ticks = result.Replicates[0].Ticks;
                for (var start = 0; start + Headlines.SurveyWeeks <= ticks.Count; start += Headlines.SurveyWeeks)
                {
                    var survey = SurveyEstimate.Of(ticks.Skip(start).Take(Headlines.SurveyWeeks), b);
                    if (survey.Responses > 0)
                    {
                        // Brands side by side around the quarter's middle week, so that their bars do not hide each other.
                        var mid = start + (Headlines.SurveyWeeks - 1) / 2.0 + (b - (result.Scenario.Brands.Count - 1) / 2.0);
                        // OxyPlot draws an error bar of total length ErrorY, centred on the point.
                        points.Points.Add(new ScatterErrorPoint(mid, survey.Nps, 0, survey.High - survey.Low));
                        (low, high) = (Math.Min(low, survey.Low), Math.Max(high, survey.High));
                    }
                }
            }

            model.Series.Add(points);
        }

        // Fitted to the bars as well as the lines: OxyPlot's automatic range ignores error bars.
        var margin = 0.05 * Math.Max(1, high - low);
        axis.Minimum = Math.Max(-100, low - margin);
        axis.Maximum = Math.Min(100, high + margin);
        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>Promoters, passives and detractors of the focal brand, stacked as shares of its customers.</summary>
    public static PlotModel NpsMix(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focal = result.Scenario.Brands[Focal].Name;
        var model = ChartStyle.NewModel($"{focal}: promoters, passives and detractors", Subtitle(result, "scores 9-10, 7-8 and 0-6"));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        model.Axes.Add(ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "Share of current customers (%)"), 0, 100));
        double Share(MetricsRow r, long part) => r.Customers == 0 ? double.NaN : 100.0 * part / r.Customers;
        foreach (var area in ChartStyle.Stack(
        [
            ("Detractors (0-6)", ChartData.Weekly(result, Focal, -1, r => Share(r, r.Detractors)), ChartStyle.Bad),
            ("Passives (7-8)", ChartData.Weekly(result, Focal, -1, r => Share(r, r.Passives)), ChartStyle.Neutral),
            ("Promoters (9-10)", ChartData.Weekly(result, Focal, -1, r => Share(r, r.Promoters)), ChartStyle.Good),
        ]).Reverse())
        {
            model.Series.Add(area);
        }

        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>Mean trust, satisfaction, anger and joy of the focal brand's customers over time.</summary>
    public static PlotModel Feelings(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focal = result.Scenario.Brands[Focal].Name;
        var model = ChartStyle.NewModel($"{focal}: how its customers feel", Subtitle(result, "means over current customers", band: true));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        model.Axes.Add(ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "Mean level (0 = none, 1 = full)"), 0, 1));
        double Defined(MetricsRow r, double v) => r.Customers == 0 ? double.NaN : v;
        ChartStyle.AddMeanLine(model, "Trust", ChartData.WeeklyIntervals(result, Focal, -1, r => Defined(r, r.MeanTrust)), OxyColor.FromRgb(0x1F, 0x5F, 0xBF), 2.5);
        ChartStyle.AddMeanLine(model, "Satisfaction", ChartData.WeeklyIntervals(result, Focal, -1, r => Defined(r, r.MeanSatisfaction)), ChartStyle.Good, 2.5);
        ChartStyle.AddMeanLine(model, "Anger", ChartData.WeeklyIntervals(result, Focal, -1, r => Defined(r, r.MeanAnger)), ChartStyle.Bad, 2.5);
        ChartStyle.AddMeanLine(model, "Joy", ChartData.WeeklyIntervals(result, Focal, -1, r => Defined(r, r.MeanJoy)), OxyColor.FromRgb(0xF0, 0xA2, 0x02), 2.5);
        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>The whole population by stage relative to the focal brand, stacked over time.</summary>
    public static PlotModel Stages(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focal = result.Scenario.Brands[Focal].Name;
        var model = ChartStyle.NewModel($"Population by stage with {focal}", Subtitle(result));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        model.Axes.Add(ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "People"), 0, result.Scenario.Customers));
        double[] W(Func<MetricsRow, double> f) => ChartData.Weekly(result, Focal, -1, f);
        foreach (var area in ChartStyle.Stack(
        [
            ("Active", W(r => r.Active), OxyColor.FromRgb(0x2E, 0x8B, 0x57)),
            ("Onboarding", W(r => r.Onboarding), OxyColor.FromRgb(0x8F, 0xD1, 0x7E)),
            ("Considering", W(r => r.Considering), OxyColor.FromRgb(0xF2, 0xC1, 0x4E)),
            ("Aware", W(r => r.Aware), OxyColor.FromRgb(0x9E, 0xC5, 0xE8)),
            ("Prospects", W(r => r.Prospects), OxyColor.FromRgb(0xD9, 0xD9, 0xD9)),
            ("Churned", W(r => r.Churned), ChartStyle.Bad),
        ]).Reverse())
        {
            model.Series.Add(area);
        }

        AddPolicyChanges(model, result);
        return model;
    }

    /// <summary>
    /// Two panels: the focal brand's customers by segment over time (top) and the share of its week-0
    /// customers still with it, by segment (bottom).
    /// </summary>
    public static PlotModel Segments(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focal = result.Scenario.Brands[Focal].Name;
        var model = ChartStyle.NewModel($"{focal}: customers and retention by segment", Subtitle(result, "solid: customers; dashed: week-0 customers kept", band: true));
        model.Axes.Add(ChartStyle.WeekAxis(ChartData.Weeks(result)));
        var top = ZeroBased(ChartStyle.Axis(AxisPosition.Left, "Customers (people)", "customers"));
        top.StartPosition = 0.56;
        top.EndPosition = 1;
        var bottom = ChartStyle.FixedRange(ChartStyle.Axis(AxisPosition.Left, "Week-0 customers kept (%)", "retention"), 0, 105);
        bottom.StartPosition = 0;
        bottom.EndPosition = 0.44;
        model.Axes.Add(top);
        model.Axes.Add(bottom);
        for (var s = 0; s < result.Scenario.Segments.Count; s++)
        {
            var color = ChartStyle.CategoryColor(s);
            var name = result.Scenario.Segments[s].Name;
            ChartStyle.AddMeanLine(model, name, ChartData.WeeklyIntervals(result, Focal, s, r => r.Customers), color, yAxisKey: "customers");
            var retention = ChartStyle.AddMeanLine(model, name + " (kept)", ChartData.InitialRetentionIntervals(result, Focal, s), color, 2, 100, "retention");
            retention.LineStyle = LineStyle.Dash;
            retention.RenderInLegend = false;
        }

        AddPolicyChanges(model, result, "customers");
        AddPolicyChanges(model, result, "retention", labelled: false);
        return model;
    }

    /// <summary>
    /// The focal brand's journey map over the whole run: per touchpoint kind, the volume, the mean
    /// expectation gap and the anger caused, in three panels (means over replicates).
    /// </summary>
    public static PlotModel Journey(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var focal = result.Scenario.Brands[Focal].Name;
        var model = ChartStyle.NewModel($"{focal}: journey map - where do customers get angry?", Subtitle(result, "whole run; volume and anger per replicate"), legend: false);
        var kinds = TouchpointKinds.All;
        var totals = new TouchpointStats[kinds.Count];
        foreach (var replicate in result.Replicates)
        {
            foreach (var tick in replicate.Ticks)
            {
                for (var k = 0; k < kinds.Count; k++)
                {
                    totals[k] += TouchpointStats.Of(tick, Focal, -1, kinds[k]);
                }
            }
        }

        var replicates = Math.Max(1, result.Replicates.Count(r => r.Ticks.Count > 0));
        var categories = new CategoryAxis
        {
            Position = AxisPosition.Left,
            Key = "kinds",
            IsZoomEnabled = false,
            FontSize = 13,
            GapWidth = 0.4,
            StartPosition = 1,
            EndPosition = 0,
        };
        categories.Labels.AddRange(kinds.Select(KindLabel));
        model.Axes.Add(categories);

        var panels = new (string Key, string Title, double Start, double End, Func<TouchpointStats, double> Value, Func<double, OxyColor> Color)[]
        {
            ("count", "Volume (touchpoints)", 0, 0.29, t => (double)t.Count / replicates, _ => OxyColor.FromRgb(0x1F, 0x5F, 0xBF)),
            ("gap", "Mean gap (performance units)", 0.355, 0.645, t => t.MeanGap, v => v < 0 ? ChartStyle.Bad : ChartStyle.Good),
            ("anger", "Anger caused (anger units)", 0.71, 1, t => t.AngerCaused / replicates, _ => ChartStyle.Bad),
        };
        foreach (var (key, title, start, end, value, color) in panels)
        {
            var values = totals.Select(value).Select(v => double.IsFinite(v) ? v : 0).ToArray();
            var axis = ChartStyle.Axis(AxisPosition.Bottom, title, key);
            axis.StartPosition = start;
            axis.EndPosition = end;
            axis.MaximumPadding = 0;
            axis.MinimumPadding = 0;
            axis.MajorStep = double.NaN;
            axis.IntervalLength = 70;
            var min = Math.Min(0, values.Min());
            var max = Math.Max(0, values.Max());
            var span = max - min;
            if (span <= 0)
            {
                span = 1;
            }

            // Room for the value labels written beside the bars.
            axis.Minimum = min < 0 ? min - 0.45 * span : -0.04 * span;
            axis.Maximum = max > 0 ? max + 0.45 * span : 0.04 * span;
            axis.StringFormat = key == "gap" ? "0.##" : "#,0.##";
            model.Axes.Add(axis);
            var bars = new BarSeries
            {
                XAxisKey = key,
                YAxisKey = "kinds",
                StrokeThickness = 0,
                LabelFormatString = key == "gap" ? "{0:+0.000;-0.000;0}" : "{0:#,0.#}",
                LabelPlacement = LabelPlacement.Outside,
                FontSize = 12,
            };
            foreach (var v in values)
            {
                bars.Items.Add(new BarItem(v) { Color = color(v) });
            }

            model.Series.Add(bars);
        }

        return model;
    }

    /// <summary>The label of a touchpoint kind on the journey map, e.g. "service request (customer)".</summary>
    public static string KindLabel(TouchpointKind kind) =>
        TouchpointKinds.NameOf(kind).Replace('_', ' ') + " (" + TouchpointsCsvWriter.InitiatorName(TouchpointKinds.InitiatorOf(kind)) + ")";

    /// <summary>The subtitle of a chart: scenario, replicates, an incomplete mark, and an optional note.</summary>
    /// <param name="result">The run charted.</param>
    /// <param name="note">A note appended after the replicates.</param>
    /// <param name="band">Whether the chart draws 95% bands around its lines of means (said when there are several replicates).</param>
    public static string Subtitle(SimulationResult result, string? note = null, bool band = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var replicates = result.Replicates.Count;
        var text = result.Scenario.Name + " - " + (replicates == 1
            ? "1 replicate"
            : string.Create(CultureInfo.InvariantCulture, $"mean of {replicates} replicates{(band ? ", 95% CI band" : string.Empty)}"));
        if (note is not null)
        {
            text += " - " + note;
        }

        return result.Completed ? text : text + " - INCOMPLETE RUN";
    }

    /// <summary>Marks each week in which the schedule changes a policy with a dashed vertical line.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="result">The run whose schedule is marked.</param>
    /// <param name="yAxisKey">The vertical axis (panel) to mark; the first one when null.</param>
    /// <param name="labelled">Whether to write "policy change" beside the line.</param>
    public static void AddPolicyChanges(PlotModel model, SimulationResult result, string? yAxisKey = null, bool labelled = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var week in result.Scenario.Schedule.Select(c => c.Week).Distinct().Order())
        {
            var brands = string.Join(", ", result.Scenario.Schedule.Where(c => c.Week == week).Select(c => result.Scenario.Brands[c.Brand].Name).Distinct());
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = week,
                Color = OxyColor.FromRgb(0x44, 0x44, 0x44),
                LineStyle = LineStyle.Dash,
                StrokeThickness = 1.5,
                Text = labelled ? "policy change: " + brands : null,
                YAxisKey = yAxisKey,
                TextColor = OxyColor.FromRgb(0x44, 0x44, 0x44),
                FontSize = 12,
                TextOrientation = AnnotationTextOrientation.Vertical,
                TextHorizontalAlignment = HorizontalAlignment.Right,
                Layer = AnnotationLayer.AboveSeries,
            });
        }
    }

    private static string BrandTitle(SimulationResult result, int brand)
    {
        var name = result.Scenario.Brands[brand].Name;
        return brand == Focal && !name.Contains("focal", StringComparison.OrdinalIgnoreCase) ? name + " (focal)" : name;
    }

    private static LinearAxis ZeroBased(LinearAxis axis)
    {
        axis.Minimum = 0;
        axis.MaximumPadding = 0.08;
        return axis;
    }
}
