using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Uncertainty;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Sensitivity;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Uncertainty;

/// <summary>
/// The charts of a robust comparison, per scenario and figure: the distribution of the difference from
/// the reference over the parameter sets (a histogram with zero marked), and the parameters' rank
/// correlations with the difference, those that can flip the ranking in red.
/// </summary>
public static class RobustCharts
{
    /// <summary>The most parameters drawn on an influence chart.</summary>
    public const int MaxShown = 15;

    /// <summary>The file-name stem of a row's charts, e.g. "retention_104-effortless-service".</summary>
    public static string Stem(RobustRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Figure.Figure.Key + "-" + Runs.RunDirectory.SafeName(row.Scenario);
    }

    /// <summary>Both charts of a row (the influence chart only when there are influences).</summary>
    public static IReadOnlyList<SweepChart> Build(RobustRow row, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Figure.Influences.Count == 0 ? [Difference(row, subtitle)] : [Difference(row, subtitle), Influence(row, subtitle)];
    }

    /// <summary>The histogram of the differences over the sets.</summary>
    public static SweepChart Difference(RobustRow row, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(row);
        var figure = row.Figure;
        var values = figure.Differences.Where(double.IsFinite).ToArray();
        var model = ChartStyle.NewModel($"{row.Scenario} minus {row.Reference}: {figure.Figure.ShortLabel}", subtitle);
        var x = ChartStyle.Axis(AxisPosition.Bottom, $"Difference ({figure.Figure.DifferenceUnit})");
        (x.MinimumPadding, x.MaximumPadding) = (0.05, 0.05);
        var y = ChartStyle.Axis(AxisPosition.Left, "Parameter sets");
        (y.Minimum, y.MaximumPadding) = (0, 0.08);
        model.Axes.Add(x);
        model.Axes.Add(y);
        // Green where the scenario comes out better: higher, or lower for a cost.
        var lower = figure.Figure.LowerIsBetter;
        var above = new RectangleBarSeries { Title = $"{row.Scenario} higher", FillColor = lower ? ChartStyle.Bad : ChartStyle.Good, StrokeColor = OxyColors.White, StrokeThickness = 1 };
        var below = new RectangleBarSeries { Title = $"{row.Reference} higher", FillColor = lower ? ChartStyle.Good : ChartStyle.Bad, StrokeColor = OxyColors.White, StrokeThickness = 1 };
        var ties = new RectangleBarSeries { Title = "no difference", FillColor = ChartStyle.Neutral, StrokeThickness = 0 };
        if (values.Length > 0)
        {
            var (low, high) = (Math.Min(0, values.Min()), Math.Max(0, values.Max()));
            var bins = Math.Clamp((int)Math.Ceiling(Math.Sqrt(values.Length)), 5, 30);
            var width = high > low ? (high - low) / bins : 1;
            // Bin edges at whole multiples of the width, so that no bin mixes wins and losses.
            foreach (var group in values.Where(v => v != 0).GroupBy(v => (int)Math.Floor(v / width)))
            {
                (group.Key >= 0 ? above : below).Items.Add(new RectangleBarItem(group.Key * width, 0, (group.Key + 1) * width, group.Count()));
            }

            // Zero always in sight: it is where the ranking turns.
            var span = high - low > 0 ? high - low : width;
            (x.Minimum, x.Maximum) = (Math.Min(0, Math.Floor(low / width) * width) - 0.05 * span, Math.Max(0, (Math.Floor(high / width) + 1) * width) + 0.05 * span);
            var zero = values.Count(v => v == 0);
            if (zero > 0)
            {
                ties.Items.Add(new RectangleBarItem(-width / 10, 0, width / 10, zero));
            }
        }

        model.Series.Add(above);
        model.Series.Add(below);
        model.Series.Add(ties);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Black, StrokeThickness = 1.5 });
        return new SweepChart(
            "difference-" + Stem(row),
            $"{figure.Figure.ShortLabel}: {row.Scenario} minus {row.Reference} over the parameter sets",
            $"Each bar counts the parameter sets whose difference (the mean over the replicates, on common random numbers) falls in its range; green where {row.Scenario} comes out better (higher; lower for a cost), red where {row.Reference} does. The spread is what the plausible ranges of the parameters leave undecided.",
            model);
    }

    /// <summary>The rank correlation of the difference with each parameter, the largest drawn.</summary>
    public static SweepChart Influence(RobustRow row, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(row);
        var shown = row.Figure.Influences.Take(MaxShown).Reverse().ToArray();
        var partial = shown.Length > 0 && shown[0].Partial;
        var model = ChartStyle.NewModel($"What moves {row.Scenario} minus {row.Reference}: {row.Figure.Figure.ShortLabel}", subtitle);
        var x = ChartStyle.Axis(AxisPosition.Bottom, partial ? "Partial rank correlation with the difference" : "Spearman rank correlation with the difference");
        (x.Minimum, x.Maximum) = (-1, 1);
        model.Axes.Add(x);
        model.Axes.Add(ChartStyle.RowAxis([.. shown.Select(i => SensitivityCharts.ShortName(i.Path))]));
        var flips = new RectangleBarSeries { Title = "can flip the ranking", FillColor = ChartStyle.Bad, StrokeThickness = 0 };
        var significant = new RectangleBarSeries { Title = "significant (5%, Bonferroni)", FillColor = ChartStyle.BrandColor(0), StrokeThickness = 0 };
        var other = new RectangleBarSeries { Title = "not significant", FillColor = ChartStyle.Neutral, StrokeThickness = 0 };
        for (var i = 0; i < shown.Length; i++)
        {
            var item = new RectangleBarItem(0, i - 0.35, shown[i].Coefficient, i + 0.35);
            (shown[i].Flips ? flips : shown[i].Significant ? significant : other).Items.Add(item);
        }

        model.Series.Add(flips);
        model.Series.Add(significant);
        model.Series.Add(other);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0, Color = OxyColors.Gray, StrokeThickness = 1 });
        return new SweepChart(
            "influence-" + Stem(row),
            $"{row.Figure.Figure.ShortLabel}: which parameters move {row.Scenario} minus {row.Reference}",
            $"Each bar is a parameter's {(partial ? "partial rank correlation (PRCC: with every other parameter's effect removed)" : "Spearman rank correlation (too few sets for partial correlations)")} with the difference over the parameter sets; to the right, raising the parameter favours {row.Scenario}. Red bars are significant parameters whose lowest and highest fifths of the range give the difference opposite signs: the ranking hinges on them.",
            model);
    }
}
