using MathNet.Numerics.Distributions;

namespace Simulator.Experiments.Statistics;

/// <summary>
/// A share of successes with its Wilson score interval (Wilson 1927, "Probable inference, the law of
/// succession, and statistical inference", JASA 22(158)): unlike the normal approximation it stays
/// inside [0, 1] and keeps its coverage at 0 or n successes out of n, which is where robust comparisons
/// often land. MathNet.Numerics has no proportion interval; the normal quantile is its.
/// </summary>
/// <param name="Successes">How many of the trials succeeded.</param>
/// <param name="Trials">How many trials there were.</param>
/// <param name="Lower">Lower bound of the interval.</param>
/// <param name="Upper">Upper bound of the interval.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public readonly record struct Proportion(int Successes, int Trials, double Lower, double Upper, double Level)
{
    /// <summary>The share of successes (NaN with no trial).</summary>
    public double Value => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>The share <paramref name="successes"/> / <paramref name="trials"/> and its Wilson interval.</summary>
    public static Proportion Of(int successes, int trials, double level = Interval.DefaultLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, successes);
        if (trials == 0)
        {
            return new Proportion(0, 0, double.NaN, double.NaN, level);
        }

        var z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var n = (double)trials;
        var p = successes / n;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new Proportion(successes, trials, Math.Max(0, centre - half), Math.Min(1, centre + half), level);
    }
}
