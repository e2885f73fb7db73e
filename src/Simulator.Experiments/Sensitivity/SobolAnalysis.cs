using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// Variance-based global sensitivity (Sobol 1993): Saltelli's sampling scheme on a Sobol sequence (two
/// N x d matrices A and B from one 2d-dimensional sequence, and for each input i the matrix AB_i, A with
/// column i taken from B), the first-order estimator of Saltelli et al. (2010) on outputs centred on their mean and the total-effect
/// estimator of Jansen (1999), with percentile intervals from a deterministic bootstrap over the N rows.
/// Saltelli, Annoni, Azzini, Campolongo, Ratto &amp; Tarantola (2010), "Variance based sensitivity analysis of
/// model output", Computer Physics Communications 181(2), 259-270.
/// </summary>
public static class SobolAnalysis
{
    /// <summary>The rows of A, B and each AB_i, in evaluation order: A, B, AB_1 ... AB_d (points in the unit cube).</summary>
    public static double[][] Design(int samples, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 2);
        var points = SobolSequence.Points(samples, 2 * dimensions);
        var rows = new double[samples * (dimensions + 2)][];
        for (var n = 0; n < samples; n++)
        {
            rows[n] = points[n][..dimensions];
            rows[samples + n] = points[n][dimensions..];
            for (var i = 0; i < dimensions; i++)
            {
                var ab = (double[])rows[n].Clone();
                ab[i] = points[n][dimensions + i];
                rows[(2 + i) * samples + n] = ab;
            }
        }

        return rows;
    }

    /// <summary>The indices from the outputs of <see cref="Design"/>'s rows, in the same order.</summary>
    /// <param name="outputs">f(A), f(B), f(AB_1) ... f(AB_d), each block <paramref name="samples"/> long.</param>
    /// <param name="samples">N.</param>
    /// <param name="dimensions">d.</param>
    /// <param name="resamples">Bootstrap resamples for the intervals.</param>
    /// <param name="seed">Seed of the bootstrap (the same seed, the same intervals).</param>
    public static SobolResult Analyse(IReadOnlyList<double> outputs, int samples, int dimensions, int resamples = 500, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != samples * (dimensions + 2))
        {
            throw new ArgumentException($"Expected {samples * (dimensions + 2)} outputs (N (d + 2)), got {outputs.Count}.", nameof(outputs));
        }

        var all = Enumerable.Range(0, samples).ToArray();
        var first = new SensitivityIndex[dimensions];
        var total = new SensitivityIndex[dimensions];
        var boots = new int[resamples][];
        for (var b = 0; b < resamples; b++)
        {
            boots[b] = new int[samples];
            for (var n = 0; n < samples; n++)
            {
                boots[b][n] = (int)(Uniform(seed, b, n) * samples);
            }
        }

        for (var i = 0; i < dimensions; i++)
        {
            var (s, t) = Estimate(outputs, samples, i, all);
            var bs = new double[resamples];
            var bt = new double[resamples];
            for (var b = 0; b < resamples; b++)
            {
                (bs[b], bt[b]) = Estimate(outputs, samples, i, boots[b]);
            }

            first[i] = new SensitivityIndex(s, Percentile(bs, 0.025), Percentile(bs, 0.975));
            total[i] = new SensitivityIndex(t, Percentile(bt, 0.025), Percentile(bt, 0.975));
        }

        return new SobolResult(first, total, outputs.Count, Variance(outputs, samples, all));
    }

    /// <summary>Runs <paramref name="model"/> on the design and analyses it: for a function of points in the unit cube.</summary>
    public static SobolResult Run(Func<double[], double> model, int samples, int dimensions, int resamples = 500, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Analyse([.. Design(samples, dimensions).Select(model)], samples, dimensions, resamples, seed);
    }

    private static (double First, double Total) Estimate(IReadOnlyList<double> y, int samples, int i, int[] rows)
    {
        var (mean, variance) = Moments(y, samples, rows);
        double first = 0, total = 0;
        foreach (var n in rows)
        {
            var a = y[n];
            var b = y[samples + n];
            var ab = y[(2 + i) * samples + n];
            // Centred, as SALib does: the same expectation, but the output's mean no longer multiplies
            // the noise of f(AB_i) - f(A), which made the first-order estimate swing for outcomes far from zero.
            first += (b - mean) * (ab - a);
            total += (a - ab) * (a - ab);
        }

        return (first / rows.Length / variance, total / (2.0 * rows.Length) / variance);
    }

    private static double Variance(IReadOnlyList<double> y, int samples, int[] rows) => Moments(y, samples, rows).Variance;

    // The mean and variance of f over A and B together.
    private static (double Mean, double Variance) Moments(IReadOnlyList<double> y, int samples, int[] rows)
    {
        double sum = 0, squares = 0;
        foreach (var n in rows)
        {
            sum += y[n] + y[samples + n];
            squares += y[n] * y[n] + y[samples + n] * y[samples + n];
        }

        var count = 2.0 * rows.Length;
        var mean = sum / count;
        return (mean, squares / count - mean * mean);
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        var position = p * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    private static double Uniform(ulong seed, int resample, int index) => Uniforms.Next(seed, 0x5EB0_1A57_0000_0000UL, resample, index);
}
