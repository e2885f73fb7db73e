using Simulator.Experiments.Statistics;
using Xunit;

namespace Simulator.Experiments.Tests.Statistics;

public class StatisticsTests
{
    [Theory]
    [InlineData(1, 12.706204736)]
    [InlineData(2, 4.302652730)]
    [InlineData(4, 2.776445105)]
    [InlineData(9, 2.262157163)]
    [InlineData(29, 2.045229642)]
    [InlineData(1000, 1.962339081)]
    public void The_t_quantile_matches_published_tables(int df, double expected) =>
        Assert.Equal(expected, Interval.TQuantile(0.975, df), 6);

    [Fact]
    public void The_t_quantile_is_symmetric_and_centred()
    {
        Assert.Equal(0, Interval.TQuantile(0.5, 5), 12);
        Assert.Equal(-Interval.TQuantile(0.975, 3), Interval.TQuantile(0.025, 3), 9);
        Assert.Equal(6.313751515, Interval.TQuantile(0.95, 1), 6);
    }

    [Fact]
    public void An_interval_is_the_mean_plus_or_minus_t_times_the_standard_error()
    {
        // Hand computation: mean 5, s = sqrt(10/4) = 1.5811, se = 0.70711, t(0.975, 4) = 2.77645, half = 1.96324.
        var interval = Interval.Of([3, 4, 5, 6, 7]);
        Assert.Equal(5, interval.Mean, 12);
        Assert.Equal(1.5811388, interval.StandardDeviation, 6);
        Assert.Equal(5 - 1.9632432, interval.Lower, 6);
        Assert.Equal(5 + 1.9632432, interval.Upper, 6);
        Assert.True(interval.ExcludesZero);
    }

    [Fact]
    public void One_replicate_has_a_mean_but_no_interval()
    {
        var interval = Interval.Of([4.2]);
        Assert.Equal(4.2, interval.Mean);
        Assert.True(double.IsNaN(interval.Lower));
        Assert.False(interval.ExcludesZero);
    }

    [Fact]
    public void A_paired_difference_is_taken_replicate_by_replicate()
    {
        // Differences 1, 2, 0, 1: mean 1, s = 0.8165, se = 0.40825, t(0.975, 3) = 3.18245, half = 1.29923.
        var interval = Interval.OfDifference([10, 20, 30, 40], [11, 22, 30, 41]);
        Assert.Equal(1, interval.Mean, 12);
        Assert.Equal(1 - 1.2992283, interval.Lower, 6);
        Assert.False(interval.ExcludesZero);
    }
}
