using Simulator.Model.Randomness;
using Xunit;

namespace Simulator.Model.Tests.Randomness;

public class CounterRandomTests
{
    [Fact]
    public void A_draw_is_a_pure_function_of_its_counters()
    {
        var a = CounterRandom.For(42, 1, 7);
        var b = CounterRandom.For(42, 1, 7);
        Assert.Equal(a.Bits(3, DrawPurpose.Churn, 2), b.Bits(3, DrawPurpose.Churn, 2));
        // Drawing other numbers in between changes nothing: there is no hidden state.
        _ = a.Uniform(5, DrawPurpose.Talk);
        Assert.Equal(a.Uniform(3, DrawPurpose.Churn, 2), b.Uniform(3, DrawPurpose.Churn, 2));
    }

    [Theory]
    [InlineData(43UL, 1, 7, 3, DrawPurpose.Churn, 2)]
    [InlineData(42UL, 2, 7, 3, DrawPurpose.Churn, 2)]
    [InlineData(42UL, 1, 8, 3, DrawPurpose.Churn, 2)]
    [InlineData(42UL, 1, 7, 4, DrawPurpose.Churn, 2)]
    [InlineData(42UL, 1, 7, 3, DrawPurpose.Talk, 2)]
    [InlineData(42UL, 1, 7, 3, DrawPurpose.Churn, 3)]
    public void Changing_any_counter_changes_the_draw(ulong seed, int replicate, int customer, int tick, DrawPurpose purpose, int index)
    {
        var reference = CounterRandom.For(42, 1, 7).Bits(3, DrawPurpose.Churn, 2);
        Assert.NotEqual(reference, CounterRandom.For(seed, replicate, customer).Bits(tick, purpose, index));
    }

    [Fact]
    public void Uniform_draws_are_uniform_and_inside_the_unit_interval()
    {
        const int n = 200_000;
        var buckets = new int[10];
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            var u = CounterRandom.For(1, 0, i).Uniform(0, DrawPurpose.Churn);
            Assert.InRange(u, 0.0, 0.9999999999999999);
            sum += u;
            buckets[(int)(u * 10)]++;
        }

        Assert.Equal(0.5, sum / n, 2);
        // Chi-square with 9 degrees of freedom: 27.9 is the 0.1% critical value.
        var chi = buckets.Sum(k => Math.Pow(k - n / 10.0, 2) / (n / 10.0));
        Assert.True(chi < 27.9, $"chi-square {chi:F1}");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.96)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(12.0)]
    public void Gamma_draws_follow_the_gamma_distribution(double shape)
    {
        const int n = 20_000;
        var values = Enumerable.Range(0, n).Select(i => CounterRandom.For(5, 0, i).Gamma(shape, 2, DrawPurpose.Fickleness)).Order().ToArray();
        var exact = new MathNet.Numerics.Distributions.Gamma(shape, 1.0);

        // Kolmogorov-Smirnov against the exact CDF: 1.95 / sqrt(n) is the 0.1% critical value.
        var d = values.Select((x, i) => Math.Max(Math.Abs(exact.CumulativeDistribution(x) - i / (double)n), Math.Abs(exact.CumulativeDistribution(x) - (i + 1) / (double)n))).Max();
        Assert.True(d < 1.95 / Math.Sqrt(n), $"KS distance {d:F4} at shape {shape}");
        Assert.All(values, v => Assert.True(v > 0));
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (n - 1);
        Assert.Equal(shape, mean, 6 * Math.Sqrt(shape / n));
        Assert.Equal(shape, variance, 0.08 * shape);
    }

    [Fact]
    public void A_gamma_draw_is_a_pure_function_of_its_counters_and_refuses_a_bad_shape()
    {
        var a = CounterRandom.For(9, 3, 11);
        Assert.Equal(a.Gamma(0.5, 4, DrawPurpose.Fickleness), CounterRandom.For(9, 3, 11).Gamma(0.5, 4, DrawPurpose.Fickleness));
        Assert.NotEqual(a.Gamma(0.5, 4, DrawPurpose.Fickleness), a.Gamma(0.5, 5, DrawPurpose.Fickleness));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Gamma(0, 4, DrawPurpose.Fickleness));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.Gamma(double.NaN, 4, DrawPurpose.Fickleness));
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_spread()
    {
        const int n = 100_000;
        var values = Enumerable.Range(0, n).Select(i => CounterRandom.For(3, 0, i).Normal(1, DrawPurpose.Performance)).ToArray();
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        Assert.Equal(0, mean, 1);
        Assert.Equal(1, sd, 1);
    }

    [Fact]
    public void Geometric_weeks_have_the_requested_mean()
    {
        const int n = 100_000;
        var mean = Enumerable.Range(0, n).Average(i => CounterRandom.For(5, 0, i).GeometricWeeks(52, 0, DrawPurpose.NeedDuration));
        Assert.InRange(mean, 51, 53);
    }

    [Fact]
    public void Below_stays_in_range_and_covers_it()
    {
        var seen = new bool[7];
        for (var i = 0; i < 1000; i++)
        {
            var k = CounterRandom.For(9, 0, i).Below(7, 0, DrawPurpose.Peer);
            Assert.InRange(k, 0, 6);
            seen[k] = true;
        }

        Assert.All(seen, Assert.True);
    }
}
