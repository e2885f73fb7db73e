using Simulator.Experiments.Calibration;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class NelderMeadTests
{
    private static double ShiftedQuadratic(double[] x) => Math.Pow(x[0] - 0.3, 2) + (2 * Math.Pow(x[1] - 0.7, 2)) + 5;

    [Fact]
    public void It_finds_the_minimum_of_a_shifted_quadratic()
    {
        var result = NelderMead.Minimize(ShiftedQuadratic, [0.9, 0.1], new NelderMeadOptions { MaxEvaluations = 200 });

        Assert.Equal(0.3, result.Best[0], 0.005);
        Assert.Equal(0.7, result.Best[1], 0.005);
        Assert.Equal(5, result.BestValue, 1e-4);
        Assert.Equal(OptimizationStop.Converged, result.Stop);
        Assert.True(result.Evaluations <= 200);
    }

    [Fact]
    public void It_finds_a_one_dimensional_minimum()
    {
        var result = NelderMead.Minimize(x => Math.Abs(x[0] - 0.62), [0.1]);

        Assert.Equal(0.62, result.Best[0], 0.005);
    }

    [Fact]
    public void A_minimum_beyond_a_bound_is_approached_from_inside_the_cube()
    {
        var seen = new List<double[]>();
        var result = NelderMead.Minimize(x => { seen.Add(x); return Math.Pow(x[0] - 1.4, 2) + Math.Pow(x[1] + 0.3, 2); }, [0.5, 0.5], new NelderMeadOptions { MaxEvaluations = 150 });

        Assert.All(seen, x => Assert.All(x, c => Assert.InRange(c, 0, 1)));
        Assert.Equal(1, result.Best[0], 0.01);
        Assert.Equal(0, result.Best[1], 0.01);
    }

    [Fact]
    public void It_never_spends_more_than_its_budget_and_stops_saying_so()
    {
        var calls = 0;
        var result = NelderMead.Minimize(x => { calls++; return ShiftedQuadratic(x); }, [0.9, 0.1], new NelderMeadOptions { MaxEvaluations = 7 });

        Assert.Equal(7, calls);
        Assert.Equal(7, result.Evaluations);
        Assert.Equal(OptimizationStop.Budget, result.Stop);
    }

    [Fact]
    public void The_same_start_gives_the_same_evaluations_in_the_same_order()
    {
        List<double[]> Trace()
        {
            var trace = new List<double[]>();
            NelderMead.Minimize(x => { trace.Add(x); return ShiftedQuadratic(x) + (0.01 * Math.Sin(40 * x[0])); }, [0.2, 0.9], new NelderMeadOptions { MaxEvaluations = 40 });
            return trace;
        }

        var first = Trace();
        var second = Trace();

        Assert.Equal(first.Count, second.Count);
        Assert.All(first.Zip(second), p => Assert.Equal(p.First, p.Second));
    }

    [Fact]
    public void A_point_already_evaluated_is_not_evaluated_again()
    {
        var seen = new HashSet<string>();
        var repeats = 0;
        NelderMead.Minimize(
            x =>
            {
                repeats += seen.Add(string.Join(";", x)) ? 0 : 1;
                return Math.Round(10 * ShiftedQuadratic(x)); // flat steps, as a simulation's error is
            },
            [0.5, 0.5],
            new NelderMeadOptions { MaxEvaluations = 100 });

        Assert.Equal(0, repeats);
    }

    [Fact]
    public void Undefined_values_count_as_worse_than_any_number()
    {
        var result = NelderMead.Minimize(x => x[0] > 0.8 ? double.NaN : Math.Pow(x[0] - 0.7, 2), [0.2], new NelderMeadOptions { MaxEvaluations = 80 });

        Assert.Equal(0.7, result.Best[0], 0.01);
        Assert.True(double.IsFinite(result.BestValue));
    }

    [Fact]
    public void Cancelling_returns_the_best_point_so_far()
    {
        using var stop = new CancellationTokenSource();
        var calls = 0;
        var result = NelderMead.Minimize(
            x =>
            {
                if (++calls == 5)
                {
                    stop.Cancel();
                }

                return ShiftedQuadratic(x);
            },
            [0.9, 0.1],
            cancellationToken: stop.Token);

        Assert.Equal(OptimizationStop.Cancelled, result.Stop);
        Assert.Equal(5, result.Evaluations);
        Assert.True(double.IsFinite(result.BestValue));
    }

    [Fact]
    public void An_initial_design_looks_across_the_cube_so_a_poor_start_does_not_trap_the_search()
    {
        static double TwoBasins(double[] x) => x[0] < 0.4 ? Math.Pow(x[0] - 0.1, 2) + 0.5 : x[0] < 0.7 ? 10 : Math.Pow(x[0] - 0.85, 2);

        var local = NelderMead.Minimize(TwoBasins, [0.15], new NelderMeadOptions { InitialStep = 0.05 });
        var explored = NelderMead.Minimize(TwoBasins, [0.15], new NelderMeadOptions { InitialStep = 0.05, InitialDesign = 8 });

        Assert.Equal(0.1, local.Best[0], 0.01);
        Assert.Equal(0.85, explored.Best[0], 0.01);
    }

    [Fact]
    public void The_start_is_evaluated_first_then_the_halton_points()
    {
        var seen = new List<double[]>();
        NelderMead.Minimize(x => { seen.Add(x); return ShiftedQuadratic(x); }, [0.9, 0.1], new NelderMeadOptions { InitialDesign = 3, MaxEvaluations = 4 });

        Assert.Equal([0.9, 0.1], seen[0]);
        Assert.Equal(NelderMead.Halton(1, 2), seen[1]);
        Assert.Equal(NelderMead.Halton(3, 2), seen[3]);
    }

    [Theory]
    [InlineData(1, 0.5, 1.0 / 3, 0.2)]
    [InlineData(2, 0.25, 2.0 / 3, 0.4)]
    [InlineData(3, 0.75, 1.0 / 9, 0.6)]
    public void Halton_points_are_radical_inverses_in_prime_bases(int index, double x, double y, double z)
    {
        var point = NelderMead.Halton(index, 3);

        Assert.Equal(x, point[0], 12);
        Assert.Equal(y, point[1], 12);
        Assert.Equal(z, point[2], 12);
    }

    [Theory]
    [InlineData(-0.2, 0.2)]
    [InlineData(1.3, 0.7)]
    [InlineData(2.4, 0.4)]
    [InlineData(-1.3, 0.7)]
    [InlineData(0.25, 0.25)]
    public void Points_outside_the_cube_are_reflected_at_the_bound_they_crossed(double u, double expected)
    {
        Assert.Equal(expected, NelderMead.Reflect(u), 12);
    }
}
