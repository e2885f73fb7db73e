using MathNet.Numerics.LinearAlgebra;
using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// The covariance matrix adaptation evolution strategy (CMA-ES; Hansen &amp; Ostermeier 2001, in the form of
/// Hansen's tutorial, arXiv:1604.00772, 2016) on the unit cube [0, 1]^n, asked and told one generation at a
/// time: <see cref="Ask"/> gives λ candidates, <see cref="Tell"/> takes their order from best to worst. It uses
/// only that order, which is why constraints can be handled by ranking (<see cref="CandidateRanking"/>) and why
/// it suits noisy simulation outcomes evaluated on common random numbers. A draw that leaves the cube is
/// folded back at the bound it crossed (−0.2 becomes 0.2, 1.3 becomes 0.7), and the folded point is the one
/// the update learns from, so no candidate is ever outside the bounds. Deterministic: the same start,
/// options and orders always give the same candidates (the normal draws are counter-based, <see cref="Uniforms"/>).
/// </summary>
public sealed class CmaEs
{
    private const ulong DrawPurpose = 0x434D_4145_5300_0001;

    private readonly int _n;
    private readonly ulong _seed;
    private readonly int _stream;
    private readonly double[] _weights;
    private readonly double _muEff;
    private readonly double _cc;
    private readonly double _cSigma;
    private readonly double _c1;
    private readonly double _cMu;
    private readonly double _dSigma;
    private readonly double _chiN;
    private readonly double _tolerance;
    private Vector<double> _mean;
    private Vector<double> _pSigma;
    private Vector<double> _pc;
    private Matrix<double> _c;
    private Matrix<double> _b;
    private Vector<double> _d;
    private double[][]? _asked;
    private int _injected = -1;

    /// <summary>Starts a search at <paramref name="start"/> (coordinates in [0, 1]).</summary>
    /// <param name="start">The first mean.</param>
    /// <param name="options">Step size, population, tolerance and seed.</param>
    /// <param name="stream">Which of several searches with the same seed this is (each draws its own numbers).</param>
    /// <exception cref="ArgumentException">No coordinates, or the options are wrong.</exception>
    public CmaEs(IReadOnlyList<double> start, CmaEsOptions options, int stream = 0)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        var problem = options.Problems().FirstOrDefault();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        if (start.Count == 0)
        {
            throw new ArgumentException("At least one coordinate is needed.", nameof(start));
        }

        _n = start.Count;
        _seed = options.Seed;
        _stream = stream;
        _tolerance = options.Tolerance;
        PopulationSize = options.PopulationSize ?? DefaultPopulationSize(_n);
        var mu = PopulationSize / 2;
        var raw = Enumerable.Range(1, mu).Select(i => Math.Log((PopulationSize + 1) / 2.0) - Math.Log(i)).ToArray();
        var sum = raw.Sum();
        _weights = [.. raw.Select(w => w / sum)];
        _muEff = 1 / _weights.Sum(w => w * w);
        double n = _n;
        _cc = (4 + _muEff / n) / (n + 4 + 2 * _muEff / n);
        _cSigma = (_muEff + 2) / (n + _muEff + 5);
        _c1 = 2 / ((n + 1.3) * (n + 1.3) + _muEff);
        _cMu = Math.Min(1 - _c1, 2 * (_muEff - 2 + 1 / _muEff) / ((n + 2) * (n + 2) + _muEff));
        _dSigma = 1 + 2 * Math.Max(0, Math.Sqrt((_muEff - 1) / (n + 1)) - 1) + _cSigma;
        _chiN = Math.Sqrt(n) * (1 - 1 / (4 * n) + 1 / (21 * n * n));
        _mean = Vector<double>.Build.DenseOfEnumerable(start.Select(Fold));
        _pSigma = Vector<double>.Build.Dense(_n);
        _pc = Vector<double>.Build.Dense(_n);
        _c = Matrix<double>.Build.DenseIdentity(_n);
        _b = Matrix<double>.Build.DenseIdentity(_n);
        _d = Vector<double>.Build.Dense(_n, 1);
        Sigma = options.InitialStep;
    }

    /// <summary>Candidates per generation (λ).</summary>
    public int PopulationSize { get; }

    /// <summary>Generations told so far.</summary>
    public int Generation { get; private set; }

    /// <summary>The overall step size σ, in units of the cube.</summary>
    public double Sigma { get; private set; }

    /// <summary>The current mean, in [0, 1]^n.</summary>
    public IReadOnlyList<double> Mean => [.. _mean];

    /// <summary>
    /// Whether the search has stopped moving: the largest standard deviation of the sampling distribution,
    /// σ·√(largest eigenvalue of C), is below <see cref="CmaEsOptions.Tolerance"/>.
    /// </summary>
    public bool Converged => Sigma * _d.Maximum() < _tolerance;

    /// <summary>The default population size, 4 + ⌊3 ln n⌋ (Hansen 2016).</summary>
    public static int DefaultPopulationSize(int dimensions) => 4 + (int)Math.Floor(3 * Math.Log(dimensions));

    /// <summary>
    /// The next generation's λ candidates, each in [0, 1]^n. With <paramref name="inject"/>, the last candidate is that
    /// point instead of a draw (Hansen 2011, "Injecting external solutions into CMA-ES"): the update then learns
    /// from it like from any other, its step clipped to the length a draw typically has.
    /// </summary>
    public IReadOnlyList<double[]> Ask(IReadOnlyList<double>? inject = null)
    {
        if (inject is not null && inject.Count != _n)
        {
            throw new ArgumentException($"The injected point has {inject.Count} coordinates; expected {_n}.", nameof(inject));
        }

        var points = new double[PopulationSize][];
        for (var k = 0; k < PopulationSize; k++)
        {
            var z = Vector<double>.Build.Dense(_n, i => Normal(k, i));
            var y = _b * _d.PointwiseMultiply(z);
            points[k] = [.. (_mean + Sigma * y).Select(Fold)];
        }

        _injected = inject is null ? -1 : PopulationSize - 1;
        if (inject is not null)
        {
            points[^1] = [.. inject.Select(Fold)];
        }

        _asked = points;
        return [.. points.Select(p => (double[])p.Clone())];
    }

    /// <summary>Updates the distribution from the order of the last asked candidates.</summary>
    /// <param name="order">The indices of the candidates <see cref="Ask"/> gave, from best to worst (every index once).</param>
    /// <exception cref="InvalidOperationException">Nothing was asked.</exception>
    /// <exception cref="ArgumentException">The order is not a permutation of the candidates.</exception>
    public void Tell(IReadOnlyList<int> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var asked = _asked ?? throw new InvalidOperationException("Ask for candidates before telling their order.");
        if (order.Count != asked.Length || order.Distinct().Count() != asked.Length || order.Any(i => i < 0 || i >= asked.Length))
        {
            throw new ArgumentException($"The order must name each of the {asked.Length} candidates once.", nameof(order));
        }

        var invSqrt = _b * Matrix<double>.Build.DiagonalOfDiagonalArray([.. _d.Select(v => 1 / v)]) * _b.Transpose();
        var ys = order.Take(_weights.Length).Select(i => Step(asked[i], i == _injected, invSqrt)).ToArray();
        var yw = Vector<double>.Build.Dense(_n);
        for (var i = 0; i < ys.Length; i++)
        {
            yw += _weights[i] * ys[i];
        }

        _mean = Vector<double>.Build.DenseOfEnumerable((_mean + Sigma * yw).Select(Fold));
        _pSigma = (1 - _cSigma) * _pSigma + Math.Sqrt(_cSigma * (2 - _cSigma) * _muEff) * (invSqrt * yw);
        var norm = _pSigma.L2Norm();
        var hSigma = norm / Math.Sqrt(1 - Math.Pow(1 - _cSigma, 2 * (Generation + 1))) < (1.4 + 2.0 / (_n + 1)) * _chiN ? 1.0 : 0.0;
        _pc = (1 - _cc) * _pc + hSigma * Math.Sqrt(_cc * (2 - _cc) * _muEff) * yw;
        var rankMu = Matrix<double>.Build.Dense(_n, _n);
        for (var i = 0; i < ys.Length; i++)
        {
            rankMu += _weights[i] * ys[i].OuterProduct(ys[i]);
        }

        var delta = (1 - hSigma) * _cc * (2 - _cc);
        _c = (1 + _c1 * delta - _c1 - _cMu) * _c + _c1 * _pc.OuterProduct(_pc) + _cMu * rankMu;
        _c = (_c + _c.Transpose()) / 2;

        // The cube is the whole space: a step larger than it only samples the folds uniformly.
        Sigma = Math.Min(1, Sigma * Math.Exp(_cSigma / _dSigma * (norm / _chiN - 1)));
        var evd = _c.Evd(Symmetricity.Symmetric);
        _b = evd.EigenVectors;
        _d = Vector<double>.Build.DenseOfEnumerable(evd.EigenValues.Select(e => Math.Sqrt(Math.Max(e.Real, 1e-20))));
        _asked = null;
        Generation++;
    }

    // The step (x − m) / σ of a candidate; an injected one is clipped to Mahalanobis length √n + 2n / (n + 2) (Hansen 2011).
    private Vector<double> Step(double[] point, bool injected, Matrix<double> invSqrt)
    {
        var y = (Vector<double>.Build.DenseOfArray(point) - _mean) / Sigma;
        if (!injected)
        {
            return y;
        }

        var length = (invSqrt * y).L2Norm();
        var limit = Math.Sqrt(_n) + 2.0 * _n / (_n + 2);
        return length > limit ? y * (limit / length) : y;
    }

    /// <summary>Folds a coordinate into [0, 1]: reflected at each bound it crosses.</summary>
    public static double Fold(double x)
    {
        if (!double.IsFinite(x))
        {
            return 0.5;
        }

        var t = x % 2;
        if (t < 0)
        {
            t += 2;
        }

        return t <= 1 ? t : 2 - t;
    }

    // A standard normal by Box-Muller from two counter-based uniforms.
    private double Normal(int candidate, int coordinate)
    {
        // Generation, candidate and stream in one counter; past 2^31 the high bits move into the inner index, so no two draws share a counter.
        var counter = ((long)Generation * 4096 + candidate) * 64 + _stream;
        var outer = (int)(counter & int.MaxValue);
        var inner = 2 * coordinate + (int)(counter >> 31 << 20);
        var u1 = Uniforms.Next(_seed, DrawPurpose, outer, inner);
        var u2 = Uniforms.Next(_seed, DrawPurpose, outer, inner + 1);
        return Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
