using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// Fader &amp; Hardie's (2007) shifted-beta-geometric model of a cohort's retention: each customer has a constant
/// churn probability per period θ, spread over the cohort as Beta(α, β), so the share surviving t periods is
/// S(t) = B(α, β + t) / B(α, β) and retention rates rise with tenure as the fickle leave first. The statistical
/// benchmark the simulation's fit is read against: it has two parameters and no mechanism.
/// </summary>
/// <param name="Alpha">The beta distribution's α (&gt; 0).</param>
/// <param name="Beta">The beta distribution's β (&gt; 0).</param>
public sealed record ShiftedBetaGeometric(double Alpha, double Beta)
{
    /// <summary>The share of the cohort surviving <paramref name="period"/> periods, in [0, 1].</summary>
    public double Survival(int period) =>
        period <= 0 ? 1 : Math.Exp(SpecialFunctions.BetaLn(Alpha, Beta + period) - SpecialFunctions.BetaLn(Alpha, Beta));

    /// <summary>The mean churn probability per period over the cohort at acquisition, α / (α + β).</summary>
    public double MeanChurn => Alpha / (Alpha + Beta);

    /// <summary>The benchmark when nothing could be fitted: every survival is NaN.</summary>
    public static ShiftedBetaGeometric Undefined { get; } = new(double.NaN, double.NaN);

    /// <summary>The model's curve at <paramref name="periods"/>, in per cent, in the form of a simulated curve (no cohort sizes).</summary>
    public SimulatedRetention Curve(IReadOnlyList<int> periods) => new(periods, [.. periods.Select(p => 100 * Survival(p))], []);

    /// <summary>
    /// The maximum-likelihood fit to <paramref name="periods"/> of <paramref name="observed"/> (Fader &amp; Hardie's
    /// estimator): the cohort's losses between consecutive fitted periods are interval-censored lifetimes and
    /// the survivors at the last fitted period are right-censored. Only the shares matter, not the cohort's size.
    /// </summary>
    /// <returns>The fit, or α = β = NaN (a curve of NaN) when the shares leave nothing to fit (no loss at all, or the whole
    /// cohort lost) or the search does not converge, so that a finished calibration still reports, with the benchmark n/a.</returns>
    /// <exception cref="ArgumentException">No period after 0 is given.</exception>
    public static ShiftedBetaGeometric Fit(RetentionTable observed, IReadOnlyList<int> periods)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var fitted = periods.Where(p => p >= 1).Distinct().Order().ToArray();
        if (fitted.Length == 0)
        {
            throw new ArgumentException("The shifted-beta-geometric model needs at least one period after 0.", nameof(periods));
        }

        var shares = fitted.Select(p => observed.PercentAt(p) / 100).ToArray();
        if (shares[^1] >= 1 || shares[0] <= 0)
        {
            return Undefined;
        }

        double NegativeLogLikelihood(Vector<double> x)
        {
            var model = new ShiftedBetaGeometric(Math.Exp(x[0]), Math.Exp(x[1]));
            double previousObserved = 1, previousModel = 1, sum = 0;
            for (var i = 0; i < fitted.Length; i++)
            {
                var survival = model.Survival(fitted[i]);
                sum += Term(previousObserved - shares[i], previousModel - survival);
                previousObserved = shares[i];
                previousModel = survival;
            }

            return -(sum + Term(previousObserved, previousModel));
        }

        try
        {
            var solver = new NelderMeadSimplex(1e-12, 20_000);
            var result = solver.FindMinimum(ObjectiveFunction.Value(NegativeLogLikelihood), Vector<double>.Build.Dense([0.0, 0.0]), Vector<double>.Build.Dense([0.5, 0.5]));
            var fit = new ShiftedBetaGeometric(Math.Exp(result.MinimizingPoint[0]), Math.Exp(result.MinimizingPoint[1]));
            return double.IsFinite(fit.Alpha) && double.IsFinite(fit.Beta) ? fit : Undefined;
        }
        catch (Exception e) when (e is MathNet.Numerics.Optimization.MaximumIterationsException or NonConvergenceException)
        {
            return Undefined;
        }
    }

    // Shares, not counts, weigh the terms: the maximum does not depend on the cohort's size, which the table does not give.
    private static double Term(double observedShare, double modelProbability) =>
        observedShare <= 0 ? 0 : observedShare * Math.Log(Math.Max(modelProbability, 1e-300));
}
