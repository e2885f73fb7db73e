using Simulator.Experiments.Comparison;
using Simulator.Model.Metrics;
using Simulator.Tests.Shared;
using Xunit;

namespace Simulator.Experiments.Tests.Comparison;

public class ComparisonAnalysisTests
{
    private static readonly HeadlineFigure Retention = HeadlineFigures.RetentionAt52;

    // Hand computation (t(0.975, 3) = 3.1824463):
    // A = 50, 52, 54, 56: mean 53, s = 2.5819889, half-width 4.1085205 -> [48.8914795, 57.1085205].
    // B = 55, 58, 57, 62: mean 58, s = 2.9439203, half-width 4.6844341 -> [53.3155659, 62.6844341].
    // B - A = 5, 6, 3, 6: mean 5, s = 1.4142136, half-width 2.2503294 -> [2.7496706, 7.2503294], excludes 0.
    // C = 51, 51, 56, 55 (given in reverse replicate order); C - A = 1, -1, 2, -1: mean 0.25, s = 1.5,
    // half-width 2.3868347 -> [-2.1368347, 2.6368347], includes 0.
    private static ComparisonTable Synthetic() => ComparisonSamples.Synthetic();

    private static ScenarioSample Sample(string name, params (int Replicate, double Value)[] values) => ComparisonSamples.Sample(name, values);

    [Fact]
    public void Each_scenario_gets_its_mean_and_t_interval_over_replicates()
    {
        var table = Synthetic();

        var a = table.Row(Retention.Key, "A").Estimate;
        Assert.Equal(53, a.Mean, 12);
        Assert.Equal(48.8914795, a.Lower, 1e-6);
        Assert.Equal(57.1085205, a.Upper, 1e-6);
        Assert.Equal(4, a.Count);

        var b = table.Row(Retention.Key, "B").Estimate;
        Assert.Equal(58, b.Mean, 12);
        Assert.Equal(53.3155659, b.Lower, 1e-6);
        Assert.Equal(62.6844341, b.Upper, 1e-6);
    }

    [Fact]
    public void The_first_scenario_is_the_reference_and_has_no_difference()
    {
        var table = Synthetic();

        Assert.Equal("A", table.Reference);
        var a = table.Row(Retention.Key, "A");
        Assert.Null(a.Difference);
        Assert.Null(a.ExcludesZero);
    }

    [Fact]
    public void A_paired_difference_can_exclude_zero_where_the_scenarios_own_intervals_overlap()
    {
        var table = Synthetic();

        var b = table.Row(Retention.Key, "B");
        Assert.True(b.Estimate.Lower < table.Row(Retention.Key, "A").Estimate.Upper); // the two intervals overlap
        var d = b.Difference!.Value;
        Assert.Equal(5, d.Mean, 12);
        Assert.Equal(1.4142136, d.StandardDeviation, 1e-6);
        Assert.Equal(2.7496706, d.Lower, 1e-6);
        Assert.Equal(7.2503294, d.Upper, 1e-6);
        Assert.True(b.ExcludesZero);
    }

    [Fact]
    public void Replicates_are_paired_by_index_not_by_position()
    {
        var c = Synthetic().Row(Retention.Key, "C");

        var d = c.Difference!.Value;
        Assert.Equal(0.25, d.Mean, 12);
        Assert.Equal(1.5, d.StandardDeviation, 12);
        Assert.Equal(-2.1368347, d.Lower, 1e-6);
        Assert.Equal(2.6368347, d.Upper, 1e-6);
        Assert.False(c.ExcludesZero);
    }

    [Fact]
    public void Only_replicates_present_in_both_scenarios_are_paired()
    {
        var table = ComparisonAnalysis.Analyse([Sample("A", (0, 10), (1, 20), (2, 30)), Sample("B", (0, 11), (1, 22))], [Retention]);

        var d = table.Row(Retention.Key, "B").Difference!.Value;
        Assert.Equal(2, d.Count);
        Assert.Equal(1.5, d.Mean, 12); // (1 + 2) / 2
    }

    [Fact]
    public void An_undefined_figure_gives_an_undefined_mean_and_no_verdict()
    {
        var table = ComparisonAnalysis.Analyse([Sample("A", (0, double.NaN), (1, double.NaN)), Sample("B", (0, double.NaN), (1, double.NaN))], [Retention]);

        var b = table.Row(Retention.Key, "B");
        Assert.True(double.IsNaN(b.Estimate.Mean));
        Assert.True(double.IsNaN(b.Difference!.Value.Mean));
        Assert.Null(b.ExcludesZero);
    }

    [Fact]
    public void Repeated_labels_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => ComparisonAnalysis.Analyse([Sample("A", (0, 1)), Sample("A", (0, 2))], [Retention]));
        Assert.Contains("'A'", e.Message);
    }

    [Fact]
    public void Repeated_scenario_names_get_numbered_labels()
    {
        Assert.Equal(["baseline", "effortless-service", "baseline-2", "baseline-3"], ComparisonRun.UniqueLabels(["baseline", "effortless-service", "baseline", "baseline"]));
    }

    [Fact]
    public void Customer_lifetime_value_is_the_run_margin_per_customer_served()
    {
        // (12,000 revenue - 4,000 costs) / (100 at start + 60 acquired) = 50.
        var h = Headlines(start: 100, acquisitions: 60, revenue: 12_000, costs: 4_000);
        Assert.Equal(50, HeadlineFigures.CustomerLifetimeValue(h), 12);
        Assert.Equal(50, HeadlineFigures.Clv.Value(h), 12);
        Assert.True(double.IsNaN(HeadlineFigures.CustomerLifetimeValue(Headlines(start: 0, acquisitions: 0, revenue: 0, costs: 10))));
    }

    [Fact]
    public void Retention_figures_are_in_per_cent_so_differences_are_in_points()
    {
        var h = Headlines(start: 100, acquisitions: 0, revenue: 0, costs: 0) with { RetentionAt52 = 0.625, RetentionAt104 = 0.5 };
        Assert.Equal(62.5, HeadlineFigures.RetentionAt52.Value(h), 12);
        Assert.Equal(50, HeadlineFigures.RetentionAt104.Value(h), 12);
        Assert.Equal("points", HeadlineFigures.RetentionAt104.DifferenceUnit);
    }

    [Fact]
    public void Figures_format_differences_with_a_sign_and_intervals_in_brackets()
    {
        Assert.Equal("+5.0", Retention.FormatDifference(5));
        Assert.Equal("-0.3", Retention.FormatDifference(-0.25));
        Assert.Equal("[+2.7, +7.3]", Retention.FormatInterval(2.7496706, 7.2503294, signed: true));
        Assert.Equal("[1,234, 2,000]", HeadlineFigures.Acquisitions.FormatInterval(1234.4, 1999.6));
        Assert.Equal("n/a", Retention.FormatInterval(double.NaN, double.NaN));
    }

    [Fact]
    public void Weekly_differences_are_paired_by_replicate_and_week()
    {
        FocalWeek W(int r, int w, long customers) => new(r, w, customers, double.NaN, double.NaN, double.NaN, 0);
        var reference = new[] { W(0, 0, 100), W(0, 1, 90), W(1, 0, 110), W(1, 1, 100) };
        var treatment = new[] { W(1, 1, 106), W(1, 0, 112), W(0, 1, 94), W(0, 0, 100) };

        var band = WeeklyComparison.DifferenceBand(reference, treatment, WeeklyMeasure.Customers.Value, weeks: 2);

        Assert.Equal(1, band[0].Mean, 12); // (0 + 2) / 2
        Assert.Equal(5, band[1].Mean, 12); // (4 + 6) / 2
        Assert.Equal(5 - 12.7062047, band[1].Lower, 1e-6); // s = sqrt(2), se = 1, t(0.975, 1) = 12.7062047
        var nps = WeeklyComparison.Band(reference, WeeklyMeasure.Nps.Value, weeks: 2);
        Assert.True(double.IsNaN(nps[0].Mean));
    }

    private static Headlines Headlines(long start, long acquisitions, double revenue, double costs) =>
        new("Focal", 104, start, start, double.NaN, double.NaN, double.NaN, acquisitions, 0, 0, 0, 0, 0, 0, 0, revenue, costs, costs, revenue - costs, default);
}
