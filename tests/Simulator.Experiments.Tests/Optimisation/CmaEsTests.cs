using CsCheck;
using Simulator.Experiments.Optimisation;
using Xunit;

namespace Simulator.Experiments.Tests.Optimisation;

public class CmaEsTests
{
    // Minimises f by asking and telling until converged or out of generations; returns the final mean.
    private static (IReadOnlyList<double> Mean, int Generations) Minimise(Func<double[], double> f, double[] start, CmaEsOptions options, int generations = 400)
    {
        var cma = new CmaEs(start, options);
        while (!cma.Converged && cma.Generation < generations)
        {
            var points = cma.Ask();
            cma.Tell([.. Enumerable.Range(0, points.Count).OrderBy(i => f(points[i]))]);
        }

        return (cma.Mean, cma.Generation);
    }

    [Fact]
    public void It_finds_the_centre_of_a_sphere_inside_the_cube()
    {
        double[] centre = [0.3, 0.7, 0.55, 0.1];
        double Sphere(double[] x) => x.Select((v, i) => (v - centre[i]) * (v - centre[i])).Sum();

        var (mean, generations) = Minimise(Sphere, [0.9, 0.1, 0.9, 0.9], new CmaEsOptions { Seed = 7 });

        Assert.True(generations < 400, "did not converge");
        for (var i = 0; i < centre.Length; i++)
        {
            Assert.Equal(centre[i], mean[i], 2);
        }
    }

    [Fact]
    public void It_follows_the_curved_valley_of_rosenbrocks_function_to_its_minimum()
    {
        // Rosenbrock on [-2, 2]²: minimum 0 at (1, 1), which is (0.75, 0.75) on the cube; a narrow curved valley that needs the covariance.
        static double Rosenbrock(double[] u)
        {
            var (x, y) = (-2 + 4 * u[0], -2 + 4 * u[1]);
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }

        var (mean, _) = Minimise(Rosenbrock, [0.2, 0.8], new CmaEsOptions { Seed = 3, Tolerance = 1e-6 }, generations: 2000);

        Assert.Equal(0.75, mean[0], 3);
        Assert.Equal(0.75, mean[1], 3);
    }

    [Fact]
    public void An_optimum_on_a_bound_is_reached_from_inside()
    {
        // The minimum of Σx is the corner 0: candidates fold back in, the mean goes to the bound.
        var (mean, _) = Minimise(x => x.Sum(), [0.6, 0.6, 0.6], new CmaEsOptions { Seed = 11 });

        Assert.All(mean, v => Assert.True(v < 0.01, v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void No_candidate_ever_leaves_the_cube_whatever_the_start_step_and_orders()
    {
        var gen = Gen.Select(Gen.Double[-3, 4].Array[1, 6], Gen.Double[0.01, 1], Gen.Int[0, 1000], Gen.ULong);
        gen.Sample((start, step, shuffle, seed) =>
        {
            var cma = new CmaEs(start, new CmaEsOptions { InitialStep = step, Seed = seed });
            var random = new Random(shuffle);
            for (var g = 0; g < 15; g++)
            {
                var points = cma.Ask();
                if (points.Any(p => p.Any(v => v < 0 || v > 1 || double.IsNaN(v))))
                {
                    return false;
                }

                cma.Tell([.. Enumerable.Range(0, points.Count).OrderBy(_ => random.Next())]);
            }

            return cma.Mean.All(v => v >= 0 && v <= 1);
        }, iter: 200);
    }

    [Theory]
    [InlineData(-0.2, 0.2)]
    [InlineData(1.3, 0.7)]
    [InlineData(2.4, 0.4)]
    [InlineData(-1.25, 0.75)]
    [InlineData(0.5, 0.5)]
    [InlineData(1, 1)]
    public void A_coordinate_out_of_the_cube_is_folded_back_at_the_bound_it_crossed(double x, double folded) =>
        Assert.Equal(folded, CmaEs.Fold(x), 12);

    [Fact]
    public void The_same_seed_asks_the_same_candidates_and_another_stream_others()
    {
        IReadOnlyList<double[]> First(int stream, ulong seed) => new CmaEs([0.5, 0.5], new CmaEsOptions { Seed = seed }, stream).Ask();

        Assert.Equal(First(0, 1), First(0, 1));
        Assert.NotEqual(First(0, 1)[0], First(1, 1)[0]);
        Assert.NotEqual(First(0, 1)[0], First(0, 2)[0]);
    }

    [Fact]
    public void An_injected_point_is_the_last_candidate_and_the_search_still_converges_with_one_every_generation()
    {
        var cma = new CmaEs([0.5, 0.5], new CmaEsOptions { Seed = 5 });
        var points = cma.Ask([0.2, 1.3]);
        Assert.Equal([0.2, 0.7], points[^1]);
        Assert.Throws<ArgumentException>(() => cma.Ask([0.2]));

        // Injecting the best so far (elitism) on a sphere centred at (0.3, 0.7): still reaches the centre.
        double Sphere(double[] x) => ((x[0] - 0.3) * (x[0] - 0.3)) + ((x[1] - 0.7) * (x[1] - 0.7));
        double[] best = [0.9, 0.1];
        var search = new CmaEs(best, new CmaEsOptions { Seed = 5 });
        while (!search.Converged && search.Generation < 400)
        {
            var asked = search.Ask(best);
            var order = Enumerable.Range(0, asked.Count).OrderBy(i => Sphere(asked[i])).ToArray();
            best = Sphere(asked[order[0]]) < Sphere(best) ? asked[order[0]] : best;
            search.Tell(order);
        }

        Assert.True(search.Converged);
        Assert.Equal(0.3, search.Mean[0], 2);
        Assert.Equal(0.7, search.Mean[1], 2);
    }

    [Fact]
    public void The_default_population_is_four_plus_three_log_n()
    {
        Assert.Equal(4, CmaEs.DefaultPopulationSize(1));
        Assert.Equal(6, CmaEs.DefaultPopulationSize(2));
        Assert.Equal(8, CmaEs.DefaultPopulationSize(4));
        Assert.Equal(10, CmaEs.DefaultPopulationSize(10));
    }

    [Fact]
    public void Telling_an_order_that_is_not_a_permutation_is_refused()
    {
        var cma = new CmaEs([0.5], new CmaEsOptions());
        Assert.Throws<InvalidOperationException>(() => cma.Tell([0, 1, 2, 3]));
        _ = cma.Ask();
        Assert.Throws<ArgumentException>(() => cma.Tell([0, 0, 1, 2]));
    }
}
