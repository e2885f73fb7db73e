using System.Globalization;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// What an optimisation searches: the levers within their bounds, one objective to maximise (or two, for a
/// Pareto front), the constraints, and how candidates are evaluated (replicates on common random numbers,
/// then the best on fresh replicates).
/// </summary>
/// <param name="Levers">The settings moved, with their bounds and start.</param>
/// <param name="Objectives">One or two figures of the focal brand, each maximised.</param>
/// <param name="Constraints">Conditions every accepted policy meets on its mean.</param>
/// <param name="Replicates">Replicates per candidate during the search: replicates 0 to R − 1, the same for every candidate.</param>
/// <param name="MaxEvaluations">The most candidates evaluated during the search, the start included.</param>
/// <param name="FreshReplicates">Replicates of the re-evaluation: R to R + F − 1, never seen by the search.</param>
/// <param name="FreshCandidates">How many of the best candidates (or points of the front) are re-evaluated.</param>
/// <param name="Cma">The CMA-ES settings (its seed draws the candidates).</param>
public sealed record OptimisationProblem(
    IReadOnlyList<OptimisationLever> Levers,
    IReadOnlyList<SweepFigure> Objectives,
    IReadOnlyList<OptimisationConstraint> Constraints,
    int Replicates,
    int MaxEvaluations,
    int FreshReplicates,
    int FreshCandidates,
    CmaEsOptions Cma)
{
    /// <summary>
    /// Whether the best candidate so far takes the last place of every generation (injected, Hansen 2011): a local,
    /// elitist search that keeps to the neighbourhood of good feasible points; off by default (the plain search explores more).
    /// </summary>
    public bool Elitist { get; init; }

    /// <summary>Replicates per candidate unless told otherwise.</summary>
    public const int DefaultReplicates = 5;

    /// <summary>Candidates evaluated unless told otherwise.</summary>
    public const int DefaultMaxEvaluations = 120;

    /// <summary>Fresh replicates unless told otherwise.</summary>
    public const int DefaultFreshReplicates = 20;

    /// <summary>Candidates re-evaluated unless told otherwise.</summary>
    public const int DefaultFreshCandidates = 5;

    /// <summary>The weights of the first objective in the scalarised searches of a two-objective problem, in the order they run.</summary>
    public static IReadOnlyList<double> ParetoWeights { get; } = [1, 0, 0.5, 0.25, 0.75];

    /// <summary>How many searches run: one per objective weight.</summary>
    public int Searches => Objectives.Count == 1 ? 1 : ParetoWeights.Count;

    /// <summary>Every problem with the settings, each naming the option and its allowed values; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        // Of the CMA-ES settings only the population is an option of the command.
        var problems = new List<string>(Cma.Problems().Select(p => p.Replace("PopulationSize ", "--population ", StringComparison.Ordinal)));
        string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        if (Levers.Count == 0)
        {
            problems.Add("--levers: give at least one setting to optimise.");
        }

        if (Objectives.Count is not (1 or 2) || Objectives.Distinct().Count() != Objectives.Count)
        {
            problems.Add("--objective: give one outcome, or two different ones for a Pareto front.");
        }

        if (Replicates < 1 || Replicates > 1000)
        {
            problems.Add(Text($"--replicates {Replicates} is out of range; allowed: 1 to 1000."));
        }

        var lambda = Cma.PopulationSize ?? CmaEs.DefaultPopulationSize(Math.Max(1, Levers.Count));
        var least = 1 + Searches * lambda;
        if (MaxEvaluations < least || MaxEvaluations > 100_000)
        {
            problems.Add(Text($"--max-evaluations {MaxEvaluations} is out of range; allowed: {least} (the start and one generation of {lambda} per search) to 100000."));
        }

        if (FreshReplicates < 2 || FreshReplicates > 10_000)
        {
            problems.Add(Text($"--fresh-replicates {FreshReplicates} is out of range; allowed: 2 to 10000."));
        }

        if (FreshCandidates < 1 || FreshCandidates > 100)
        {
            problems.Add(Text($"--fresh-candidates {FreshCandidates} is out of range; allowed: 1 to 100."));
        }

        return problems;
    }

    /// <summary>The unit-cube point of the levers' starting values.</summary>
    public IReadOnlyList<double> StartUnit => [.. Levers.Select(l => l.UnitOf(l.Start))];

    /// <summary>The lever values at a unit-cube point.</summary>
    public IReadOnlyList<double> ValuesAt(IReadOnlyList<double> unit) => [.. Levers.Select((l, j) => l.ValueAt(unit[j]))];

    /// <summary>Σ of every constraint's violation at the candidate's means (0 when feasible); <paramref name="start"/> is the starting policy on the same replicates.</summary>
    public double Violation(Evaluation evaluation, Evaluation start)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(start);
        return Constraints.Sum(c => c.Violation(evaluation.Mean(c.Figure), start.Mean(c.Figure)));
    }
}
