namespace Simulator.Experiments.Calibration;

/// <summary>Settings of <see cref="NelderMead"/>, with named defaults.</summary>
public sealed record NelderMeadOptions
{
    /// <summary>The default evaluation budget.</summary>
    public const int DefaultMaxEvaluations = 60;

    /// <summary>The most objective evaluations spent.</summary>
    public int MaxEvaluations { get; init; } = DefaultMaxEvaluations;

    /// <summary>The size of the first simplex along each axis, in unit-cube coordinates.</summary>
    public double InitialStep { get; init; } = 0.25;

    /// <summary>The simplex has converged when every vertex is within this distance (per coordinate) of the best.</summary>
    public double Tolerance { get; init; } = 0.002;

    /// <summary>Restarts from the best point, each with half the previous first step, while they improve it.</summary>
    public int MaxRestarts { get; init; } = 2;

    /// <summary>
    /// Points of a space-filling design (the Halton sequence) evaluated after the start and before the
    /// simplex, which then starts from the best point seen: a coarse look at the whole cube, so a poor
    /// start does not trap the search. 0 starts the simplex at the start point.
    /// </summary>
    public int InitialDesign { get; init; }

    /// <summary>Every problem with the settings, in words.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxEvaluations < 1)
        {
            yield return "the evaluation budget must be at least 1";
        }

        if (!(InitialStep > 0 && InitialStep <= 1))
        {
            yield return "the initial step must be in (0, 1]";
        }

        if (!(Tolerance > 0))
        {
            yield return "the tolerance must be above 0";
        }

        if (InitialDesign < 0)
        {
            yield return "the initial design cannot have a negative number of points";
        }

        if (MaxRestarts < 0)
        {
            yield return "the number of restarts cannot be negative";
        }
    }
}
