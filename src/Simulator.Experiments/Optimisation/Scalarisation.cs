namespace Simulator.Experiments.Optimisation;

/// <summary>
/// How one search scores a candidate. With one objective, or with the weight 1 or 0 of a two-objective
/// problem, the score is that objective's mean. In between it is the augmented Chebyshev scalarisation
/// (Steuer &amp; Choo 1983; Miettinen 1999): −(max_i w_i d_i + ρ Σ_i w_i d_i), where d_i is how far the mean
/// of objective i falls short of its best value seen (the ideal), over the span between the ideal and the
/// value at the other objective's best (the nadir). Unlike a weighted sum it can reach the concave parts of a front.
/// </summary>
/// <param name="Weight">The weight of the first objective (the second has 1 − weight).</param>
/// <param name="Ideal">Each objective's best mean seen before the search, for the Chebyshev form.</param>
/// <param name="Span">Each objective's ideal minus nadir (positive), for the Chebyshev form.</param>
public sealed record Scalarisation(double Weight, IReadOnlyList<double> Ideal, IReadOnlyList<double> Span)
{
    /// <summary>The augmentation ρ that makes weakly dominated points score below the points that dominate them.</summary>
    public const double Augmentation = 0.01;

    /// <summary>The score of a single objective's search.</summary>
    public static Scalarisation Single { get; } = new(1, [], []);

    /// <summary>
    /// The score of <paramref name="objectives"/>' means (higher is better; −∞ when a mean is undefined).
    /// </summary>
    public double Score(IReadOnlyList<double> objectives)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        if (objectives.Any(double.IsNaN))
        {
            return double.NegativeInfinity;
        }

        if (objectives.Count == 1 || Weight == 1)
        {
            return objectives[0];
        }

        if (Weight == 0)
        {
            return objectives[1];
        }

        double Shortfall(int i) => (Ideal[i] - objectives[i]) / Span[i];
        var first = Weight * Shortfall(0);
        var second = (1 - Weight) * Shortfall(1);
        return -(Math.Max(first, second) + Augmentation * (first + second));
    }

    /// <summary>
    /// The Chebyshev scalarisation of weight <paramref name="weight"/> from the two single-objective searches'
    /// bests: the ideal is each objective's best; the nadir the other search's best's value on it.
    /// </summary>
    public static Scalarisation Between(double weight, Evaluation bestFirst, Evaluation bestSecond, IReadOnlyList<Sweeps.SweepFigure> objectives)
    {
        ArgumentNullException.ThrowIfNull(bestFirst);
        ArgumentNullException.ThrowIfNull(bestSecond);
        ArgumentNullException.ThrowIfNull(objectives);
        // An objective undefined at a search's best leaves the scale at 1 rather than making every score undefined.
        static double Defined(double v) => double.IsFinite(v) ? v : 0;
        double[] ideal = [Defined(bestFirst.Mean(objectives[0])), Defined(bestSecond.Mean(objectives[1]))];
        double[] nadir = [Defined(bestSecond.Mean(objectives[0])), Defined(bestFirst.Mean(objectives[1]))];
        var span = ideal.Select((v, i) => v - nadir[i] is var d && d > 0 ? d : Math.Max(1, Math.Abs(v))).ToArray();
        return new Scalarisation(weight, ideal, span);
    }
}
