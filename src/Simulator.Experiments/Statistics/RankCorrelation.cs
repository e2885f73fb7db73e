using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;

namespace Simulator.Experiments.Statistics;

/// <summary>
/// Rank correlations of an output with each of several inputs: the partial rank correlation coefficient
/// (PRCC: the correlation of the ranks of input i and of the output once the ranks of every other input
/// have been regressed out of both; Marino, Hogue, Ray &amp; Kirschner 2008, "A methodology for performing
/// global uncertainty and sensitivity analysis in systems biology", J. Theor. Biol. 254(1)), and the
/// plain Spearman correlation, which needs fewer samples. Ranks, regressions and correlations are
/// MathNet.Numerics'.
/// </summary>
public static class RankCorrelation
{
    /// <summary>Whether there are enough samples for partial correlations of <paramref name="inputs"/> inputs: n &gt; inputs + 2.</summary>
    public static bool CanPartial(int samples, int inputs) => samples > inputs + 2;

    /// <summary>The PRCC of <paramref name="output"/> with each column of <paramref name="inputs"/> (rows are samples).</summary>
    /// <exception cref="ArgumentException">Too few samples (see <see cref="CanPartial"/>), or rows of unequal length.</exception>
    public static double[] Partial(IReadOnlyList<IReadOnlyList<double>> inputs, IReadOnlyList<double> output)
    {
        var (x, y) = Ranked(inputs, output);
        var n = y.Count;
        var d = x.ColumnCount;
        if (!CanPartial(n, d))
        {
            throw new ArgumentException($"Partial rank correlations of {d} inputs need more than {d + 2} samples; there are {n}.", nameof(inputs));
        }

        var coefficients = new double[d];
        for (var i = 0; i < d; i++)
        {
            // The other inputs' ranks, and a column of ones for the intercept.
            var others = Matrix<double>.Build.Dense(n, d, (r, c) => c == 0 ? 1 : x[r, c <= i ? c - 1 : c]);
            var qr = others.QR();
            var xi = x.Column(i);
            var xResidual = xi - others * qr.Solve(xi);
            var yResidual = y - others * qr.Solve(y);
            coefficients[i] = Correlate(xResidual, yResidual);
        }

        return coefficients;
    }

    /// <summary>The Spearman correlation of <paramref name="output"/> with each column of <paramref name="inputs"/>.</summary>
    public static double[] Spearman(IReadOnlyList<IReadOnlyList<double>> inputs, IReadOnlyList<double> output)
    {
        var (x, y) = Ranked(inputs, output);
        return [.. Enumerable.Range(0, x.ColumnCount).Select(i => Correlate(x.Column(i), y))];
    }

    /// <summary>The Pearson correlation of <paramref name="x"/> with <paramref name="y"/> once <paramref name="controls"/> have been regressed out of both (no ranks).</summary>
    public static double PartialPearson(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<IReadOnlyList<double>> controls)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(controls);
        var n = x.Count;
        var k = controls.Count == 0 ? 0 : controls[0].Count;
        var z = Matrix<double>.Build.Dense(n, k + 1, (r, c) => c == 0 ? 1 : controls[r][c - 1]);
        var qr = z.QR();
        var xv = Vector<double>.Build.DenseOfEnumerable(x);
        var yv = Vector<double>.Build.DenseOfEnumerable(y);
        return Correlate(xv - z * qr.Solve(xv), yv - z * qr.Solve(yv));
    }

    /// <summary>The t statistic of a partial correlation <paramref name="r"/> from <paramref name="samples"/> samples with <paramref name="controls"/> inputs held fixed: r √((n - 2 - k) / (1 - r²)).</summary>
    public static double TStatistic(double r, int samples, int controls) =>
        r * Math.Sqrt(Math.Max(0, samples - 2 - controls) / Math.Max(1e-300, 1 - r * r));

    private static double Correlate(Vector<double> a, Vector<double> b)
    {
        var r = Correlation.Pearson(a, b);
        // A constant column (an input or an output that never moves) has no correlation to speak of.
        return double.IsFinite(r) ? r : 0;
    }

    private static (Matrix<double> X, Vector<double> Y) Ranked(IReadOnlyList<IReadOnlyList<double>> inputs, IReadOnlyList<double> output)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(output);
        if (inputs.Count != output.Count || inputs.Count == 0)
        {
            throw new ArgumentException($"Expected one row of inputs per output ({output.Count}); got {inputs.Count}.", nameof(inputs));
        }

        var d = inputs[0].Count;
        if (inputs.Any(row => row.Count != d))
        {
            throw new ArgumentException("Every row of inputs needs the same number of inputs.", nameof(inputs));
        }

        var columns = Enumerable.Range(0, d).Select(i => MathNet.Numerics.Statistics.Statistics.Ranks(inputs.Select(row => row[i]), RankDefinition.Average)).ToArray();
        var x = Matrix<double>.Build.Dense(inputs.Count, d, (r, c) => columns[c][r]);
        return (x, Vector<double>.Build.DenseOfArray(MathNet.Numerics.Statistics.Statistics.Ranks(output, RankDefinition.Average)));
    }
}
