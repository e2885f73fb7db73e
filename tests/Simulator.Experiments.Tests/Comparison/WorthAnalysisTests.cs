using Simulator.Experiments.Comparison;
using Xunit;

namespace Simulator.Experiments.Tests.Comparison;

public class WorthAnalysisTests
{
    private static FocalWeek[] Cumulative(int replicate, params double[] profits) =>
        [.. profits.Select((p, w) => new FocalWeek(replicate, w, 100, 0, 0.5, 0, p))];

    [Fact]
    public void The_payback_week_is_the_first_from_which_the_cumulative_profit_difference_never_falls_behind_again()
    {
        FocalWeek[] reference = [.. Cumulative(0, 10, 20, 30, 40, 50), .. Cumulative(1, 10, 20, 30, 40, 50), .. Cumulative(2, 10, 20, 30, 40, 50)];
        // Replicate 0: behind, level at week 2 and ahead after (pays back at 2); replicate 1: ahead at week 1,
        // behind at week 3, ahead from week 4 (pays back at 4); replicate 2: still behind at the end.
        FocalWeek[] treatment = [.. Cumulative(0, 0, 10, 30, 45, 60), .. Cumulative(1, 5, 25, 31, 39, 55), .. Cumulative(2, 0, 5, 10, 20, 49)];

        var weeks = WorthAnalysis.PaybackWeeks(reference, treatment);

        Assert.Equal(3, weeks.Count);
        Assert.Equal(2, weeks[0]);
        Assert.Equal(4, weeks[1]);
        Assert.True(double.IsNaN(weeks[2]));
    }

    [Fact]
    public void Roi_is_the_ratio_of_the_mean_differences_with_an_interval_around_it()
    {
        double[] profit = [10, 12, 8, 11, 9, 10];
        double[] cost = [20, 21, 19, 20, 22, 18];

        var (value, lower, upper) = WorthAnalysis.Roi(profit, cost, seed: 3);

        Assert.Equal(60.0 / 120.0, value, 12);
        Assert.True(lower < value && value < upper, $"{lower} < {value} < {upper}");
        Assert.InRange(lower, 0.4, 0.5);
        Assert.InRange(upper, 0.5, 0.6);
        // Deterministic for a seed.
        Assert.Equal((value, lower, upper), WorthAnalysis.Roi(profit, cost, seed: 3));
    }

    [Fact]
    public void A_scenario_that_costs_no_more_has_no_roi()
    {
        Assert.True(double.IsNaN(WorthAnalysis.Roi([5, 6], [-1, -2]).Value));
        Assert.True(double.IsNaN(WorthAnalysis.Roi([5, 6], [0, 0]).Value));
    }
}
