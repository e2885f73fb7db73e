using Simulator.Model.Randomness;

namespace Simulator.Experiments.Sweeps;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): N points in the unit cube [0, 1)^d
/// such that, in every dimension, each of the N equal strata [k/N, (k+1)/N) holds exactly one point.
/// Dimension j pairs a random permutation of the strata with a uniform position inside each stratum.
/// Every number is a pure function of (seed, dimension, draw) computed with
/// <see cref="CounterRandom.Mix"/>, so a seed gives the same sample everywhere.
/// </summary>
public static class LatinHypercube
{
    // Keeps design draws apart from the simulation's streams that share the seed.
    private const ulong Salt = 0x4C48_535F_4445_5349UL;

    private const ulong Permutation = 0;
    private const ulong Jitter = 1;

    /// <summary>
    /// A sample of <paramref name="points"/> points in <paramref name="dimensions"/> dimensions:
    /// <c>[point][dimension]</c>, every coordinate in [0, 1).
    /// </summary>
    public static double[][] Sample(int points, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var sample = new double[points][];
        for (var i = 0; i < points; i++)
        {
            sample[i] = new double[dimensions];
        }

        for (var d = 0; d < dimensions; d++)
        {
            // Fisher-Yates shuffle of the strata, then a uniform position inside each.
            var strata = Enumerable.Range(0, points).ToArray();
            for (var k = points - 1; k > 0; k--)
            {
                var j = (int)Math.Min(k, Math.Floor(Uniform(seed, d, Permutation, k) * (k + 1)));
                (strata[k], strata[j]) = (strata[j], strata[k]);
            }

            for (var i = 0; i < points; i++)
            {
                var u = (strata[i] + Uniform(seed, d, Jitter, i)) / points;
                sample[i][d] = Math.Min(u, Math.BitDecrement(1.0));
            }
        }

        return sample;
    }

    /// <summary>The stratum (0 to <paramref name="points"/> - 1) that a coordinate in [0, 1) falls in.</summary>
    public static int StratumOf(double unit, int points) =>
        Math.Clamp((int)Math.Floor(unit * points), 0, points - 1);

    private static double Uniform(ulong seed, int dimension, ulong purpose, int index)
    {
        var stream = CounterRandom.Mix(CounterRandom.Mix(seed ^ Salt) ^ ((ulong)(uint)dimension << 1 | purpose));
        return (CounterRandom.Mix(stream ^ (uint)index) >> 11) * (1.0 / (1UL << 53));
    }
}
