using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Simulator.Experiments.Statistics;
using Xunit;

namespace Simulator.Experiments.Tests.Statistics;

public class RankCorrelationTests
{
    private static double[][] Normals(int n, int columns, int seed)
    {
        var normal = new Normal(0, 1, new Mcg31m1(seed));
        return [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, columns).Select(_ => normal.Sample()).ToArray())];
    }

    [Fact]
    public void The_partial_correlation_of_a_linear_gaussian_model_is_its_analytic_value()
    {
        // y = 2 x1 + x2 + e with independent standard normals: corr(x1, y | x2) = 2 / sqrt(4 + 1).
        var rows = Normals(20_000, 3, 1);
        var y = rows.Select(r => 2 * r[0] + r[1] + r[2]).ToArray();

        var r1 = RankCorrelation.PartialPearson([.. rows.Select(r => r[0])], y, [.. rows.Select(r => (IReadOnlyList<double>)new[] { r[1] })]);
        var r2 = RankCorrelation.PartialPearson([.. rows.Select(r => r[1])], y, [.. rows.Select(r => (IReadOnlyList<double>)new[] { r[0] })]);

        Assert.Equal(2 / Math.Sqrt(5), r1, 2);
        Assert.Equal(1 / Math.Sqrt(2), r2, 2);
    }

    [Fact]
    public void A_monotone_output_of_one_input_has_a_prcc_of_one_with_it_and_none_with_the_others()
    {
        var rows = Normals(2_000, 3, 2);
        var y = rows.Select(r => Math.Exp(3 * r[0])).ToArray();

        var prcc = RankCorrelation.Partial([.. rows.Select(r => (IReadOnlyList<double>)r)], y);
        var spearman = RankCorrelation.Spearman([.. rows.Select(r => (IReadOnlyList<double>)r)], y);

        Assert.Equal(1, prcc[0], 9);
        Assert.Equal(1, spearman[0], 9);
        Assert.InRange(prcc[1], -0.06, 0.06);
        Assert.InRange(prcc[2], -0.06, 0.06);
    }

    [Fact]
    public void Partial_correlations_need_more_samples_than_inputs_plus_two()
    {
        var rows = Normals(5, 3, 3);
        Assert.False(RankCorrelation.CanPartial(5, 3));
        Assert.Throws<ArgumentException>(() => RankCorrelation.Partial([.. rows.Select(r => (IReadOnlyList<double>)r)], [.. rows.Select(r => r[0])]));
        Assert.Equal(3, RankCorrelation.Spearman([.. rows.Select(r => (IReadOnlyList<double>)r)], [.. rows.Select(r => r[0])]).Length);
    }
}
