using Simulator.Experiments.Sensitivity;
using Xunit;

namespace Simulator.Experiments.Tests.Sensitivity;

public class SobolAnalysisTests
{
    [Fact]
    public void The_first_points_are_those_of_the_published_sequence()
    {
        // Gray-code order, the all-zero point skipped: dimension 1 is van der Corput, dimension 2 has m_1 = 1.
        var points = SobolSequence.Points(7, 2);

        Assert.Equal([0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125], points.Select(p => p[0]));
        Assert.Equal([0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625], points.Select(p => p[1]));
    }

    [Fact]
    public void In_every_dimension_the_first_2_to_the_m_points_fall_one_in_each_interval_of_width_2_to_the_minus_m()
    {
        const int m = 8;
        var points = SobolSequence.Points((1 << m) - 1, SobolSequence.MaxDimensions);

        for (var d = 0; d < SobolSequence.MaxDimensions; d++)
        {
            // With the skipped zero point, the 2^m points hit each of the 2^m cells once.
            var cells = points.Select(p => (int)(p[d] * (1 << m))).Append(0).Order().ToArray();
            Assert.True(cells.SequenceEqual(Enumerable.Range(0, 1 << m)), $"dimension {d + 1} is not a (0, m, 1)-net");
        }
    }

    // Ishigami & Homma (1990), a = 7, b = 0.1, on [-pi, pi]^3: the analytic indices (Sobol' & Levitan 1999).
    private static double Ishigami(double[] u)
    {
        var x = u.Select(v => -Math.PI + 2 * Math.PI * v).ToArray();
        return Math.Sin(x[0]) + 7 * Math.Pow(Math.Sin(x[1]), 2) + 0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]);
    }

    [Fact]
    public void On_the_ishigami_function_the_indices_are_the_analytic_ones_and_inside_their_intervals()
    {
        const double a = 7, b = 0.1;
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = Math.Pow(Math.PI, 8);
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = b * b * pi8 * 8 / 225;
        var v = v1 + v2 + v13;
        double[] first = [v1 / v, v2 / v, 0];
        double[] total = [(v1 + v13) / v, v2 / v, v13 / v];

        var result = SobolAnalysis.Run(Ishigami, samples: 8192, dimensions: 3, resamples: 300);

        Assert.Equal(8192 * 5, result.Evaluations);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(result.FirstOrder[i].Value - first[i]) < 0.02, $"S{i + 1} = {result.FirstOrder[i].Value}, analytic {first[i]}");
            Assert.True(Math.Abs(result.Total[i].Value - total[i]) < 0.02, $"ST{i + 1} = {result.Total[i].Value}, analytic {total[i]}");
            Assert.InRange(total[i], result.Total[i].Lower - 0.01, result.Total[i].Upper + 0.01);
            Assert.True(result.FirstOrder[i].Upper - result.FirstOrder[i].Lower < 0.1, "the interval is uselessly wide");
        }

        // x3 acts only through its interaction with x1: no first-order effect, a large total one.
        Assert.True(result.Total[2].Value - result.FirstOrder[2].Value > 0.2);
    }

    [Fact]
    public void On_a_linear_model_first_order_and_total_indices_are_the_squared_weights_share()
    {
        double[] weights = [1, 2, 3, 0];
        var result = SobolAnalysis.Run(u => weights.Select((w, i) => w * u[i]).Sum(), samples: 4096, dimensions: 4, resamples: 200);

        var sum = weights.Sum(w => w * w);
        for (var i = 0; i < weights.Length; i++)
        {
            Assert.True(Math.Abs(result.FirstOrder[i].Value - weights[i] * weights[i] / sum) < 0.01, $"S{i + 1} = {result.FirstOrder[i].Value}");
            Assert.True(Math.Abs(result.Total[i].Value - weights[i] * weights[i] / sum) < 0.01, $"ST{i + 1} = {result.Total[i].Value}");
        }

        Assert.Equal(0, result.Total[3].Value, 12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals()
    {
        var one = SobolAnalysis.Run(Ishigami, 512, 3, resamples: 100, seed: 5);
        var two = SobolAnalysis.Run(Ishigami, 512, 3, resamples: 100, seed: 5);

        Assert.Equal(one.FirstOrder, two.FirstOrder);
        Assert.Equal(one.Total, two.Total);
    }
}
