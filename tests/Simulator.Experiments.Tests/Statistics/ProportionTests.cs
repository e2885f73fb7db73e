using Simulator.Experiments.Statistics;
using Xunit;

namespace Simulator.Experiments.Tests.Statistics;

public class ProportionTests
{
    [Theory]
    // Wilson (1927) score intervals at 95%, z = 1.959964: the closed forms below.
    [InlineData(0, 10, 0.0, 0.27753)]
    [InlineData(10, 10, 0.72247, 1.0)]
    [InlineData(8, 10, 0.49016, 0.94332)]
    [InlineData(32, 64, 0.38103, 0.61897)]
    public void The_wilson_interval_matches_its_closed_form(int successes, int trials, double lower, double upper)
    {
        var p = Proportion.Of(successes, trials);

        Assert.Equal((double)successes / trials, p.Value, 12);
        Assert.Equal(lower, p.Lower, 4);
        Assert.Equal(upper, p.Upper, 4);
    }

    [Fact]
    public void No_trial_has_no_share_and_bad_counts_are_refused()
    {
        Assert.True(double.IsNaN(Proportion.Of(0, 0).Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(-1, 2));
    }
}
