using System.Globalization;

namespace Simulator.Experiments.Optimisation;

/// <summary>The settings of a <see cref="CmaEs"/> search on the unit cube.</summary>
public sealed class CmaEsOptions
{
    /// <summary>The first step size unless told otherwise: 0.3 of each range (Hansen 2016 suggests a quarter to a third of the domain).</summary>
    public const double DefaultInitialStep = 0.3;

    /// <summary>The tolerance unless told otherwise: a thousandth of each range.</summary>
    public const double DefaultTolerance = 1e-3;

    /// <summary>The first step size σ₀, as a share of each range.</summary>
    public double InitialStep { get; init; } = DefaultInitialStep;

    /// <summary>Candidates per generation (λ); null for 4 + ⌊3 ln n⌋.</summary>
    public int? PopulationSize { get; init; }

    /// <summary>The search has converged when the sampling distribution's largest standard deviation is below this share of a range.</summary>
    public double Tolerance { get; init; } = DefaultTolerance;

    /// <summary>The seed of the normal draws.</summary>
    public ulong Seed { get; init; }

    /// <summary>Every problem with the settings, each naming the setting and its allowed values; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!(InitialStep > 0 && InitialStep <= 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"InitialStep {InitialStep} is out of range; allowed: above 0, at most 1."));
        }

        if (PopulationSize is { } lambda && (lambda < 2 || lambda > 4096))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"PopulationSize {lambda} is out of range; allowed: 2 to 4096."));
        }

        if (!(Tolerance > 0 && Tolerance < 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Tolerance {Tolerance} is out of range; allowed: above 0, below 1."));
        }

        return problems;
    }
}
