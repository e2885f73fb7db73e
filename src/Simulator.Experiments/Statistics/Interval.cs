using MathNet.Numerics.Distributions;

namespace Simulator.Experiments.Statistics;

/// <summary>
/// A mean with its t-based confidence interval across replicates. With one replicate (or none) there
/// is no interval: the bounds are NaN.
/// </summary>
/// <param name="Mean">The mean.</param>
/// <param name="Lower">Lower bound of the interval.</param>
/// <param name="Upper">Upper bound of the interval.</param>
/// <param name="StandardDeviation">Sample standard deviation (n - 1).</param>
/// <param name="Count">Number of values.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public readonly record struct Interval(double Mean, double Lower, double Upper, double StandardDeviation, int Count, double Level)
{
    /// <summary>The default confidence level.</summary>
    public const double DefaultLevel = 0.95;

    /// <summary>Half the width of the interval.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Whether the interval exists and lies entirely above or below zero.</summary>
    public bool ExcludesZero => !double.IsNaN(Lower) && (Lower > 0 || Upper < 0);

    /// <summary>
    /// The mean of <paramref name="values"/> and its interval mean ± t(1 - α/2, n - 1) · s / √n.
    /// NaN values are left out; no values give a NaN mean.
    /// </summary>
    public static Interval Of(IEnumerable<double> values, double level = DefaultLevel)
    {
        var data = values.Where(v => !double.IsNaN(v)).ToArray();
        var n = data.Length;
        if (n == 0)
        {
            return new Interval(double.NaN, double.NaN, double.NaN, double.NaN, 0, level);
        }

        var mean = data.Average();
        if (n == 1)
        {
            return new Interval(mean, double.NaN, double.NaN, double.NaN, 1, level);
        }

        var sd = Math.Sqrt(data.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = TQuantile(1 - (1 - level) / 2, n - 1) * sd / Math.Sqrt(n);
        return new Interval(mean, mean - half, mean + half, sd, n, level);
    }

    /// <summary>The <paramref name="p"/> quantile of Student's t distribution with <paramref name="degreesOfFreedom"/> degrees of freedom (MathNet.Numerics).</summary>
    public static double TQuantile(double p, double degreesOfFreedom) => StudentT.InvCDF(0, 1, degreesOfFreedom, p);

    /// <summary>The paired difference <paramref name="treatment"/> - <paramref name="reference"/>, replicate by replicate, and its interval.</summary>
    public static Interval OfDifference(IReadOnlyList<double> reference, IReadOnlyList<double> treatment, double level = DefaultLevel)
    {
        if (reference.Count != treatment.Count)
        {
            throw new ArgumentException($"Paired values need as many replicates on both sides ({reference.Count} vs {treatment.Count}).");
        }

        return Of(reference.Zip(treatment, (r, t) => t - r), level);
    }
}
