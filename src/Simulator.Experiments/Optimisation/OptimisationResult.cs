namespace Simulator.Experiments.Optimisation;

/// <summary>What an optimisation found.</summary>
/// <param name="Problem">What was searched.</param>
/// <param name="Evaluations">Every candidate of the search in the order evaluated, the start (id 0) first.</param>
/// <param name="Searches">Each scalarised search (one for a single objective).</param>
/// <param name="Front">The ids of the non-dominated feasible candidates of a two-objective problem, by the first objective (empty for one objective).</param>
/// <param name="Fresh">The candidates re-evaluated on fresh replicates, best first (in sample), the start not among them; empty when stopped before.</param>
/// <param name="FreshStart">The start on the same fresh replicates (null when stopped before).</param>
/// <param name="Stop">Cancelled when stopped from outside, else why the last search stopped.</param>
public sealed record OptimisationResult(
    OptimisationProblem Problem,
    IReadOnlyList<Evaluation> Evaluations,
    IReadOnlyList<SearchSummary> Searches,
    IReadOnlyList<int> Front,
    IReadOnlyList<FreshCheck> Fresh,
    FreshCheck? FreshStart,
    OptimisationStop Stop)
{
    /// <summary>The starting policy as the search evaluated it.</summary>
    public Evaluation Start => Evaluations[0];

    /// <summary>Whether the search and the re-evaluation both finished.</summary>
    public bool Complete => Stop != OptimisationStop.Cancelled && FreshStart is not null;

    /// <summary>
    /// The policy recommended for a single objective: of the re-evaluated candidates and the start, the best on the
    /// fresh replicates by the same rules as the search (<see cref="CandidateRanking"/>), so the start itself when no
    /// candidate beats it there; null for two objectives or before the re-evaluation.
    /// </summary>
    public FreshCheck? Recommended =>
        Problem.Objectives.Count != 1 || FreshStart is null
            ? null
            : Ranked([FreshStart, .. Fresh]);

    /// <summary>Of the re-evaluated candidates (the start left out), the best on the fresh replicates; null for two objectives or before the re-evaluation.</summary>
    public FreshCheck? BestCandidate =>
        Problem.Objectives.Count != 1 || FreshStart is null || Fresh.Count == 0 ? null : Ranked(Fresh);

    /// <summary>Whether no re-evaluated candidate beat the starting policy on the fresh replicates.</summary>
    public bool StartWins => Recommended is { } best && ReferenceEquals(best, FreshStart);

    /// <summary>
    /// What a reader of the recommendation must know: no policy met every constraint on the fresh replicates; the
    /// recommended policy's gain over the start is not sure (its paired 95% interval does not lie above 0); the search
    /// proposed nothing but the start. Empty when none applies.
    /// </summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            if (Recommended is not { } best || FreshStart is not { } start)
            {
                return warnings;
            }

            if (Fresh.Count == 0)
            {
                warnings.Add("The search proposed no policy other than the start (bounds of one value, or whole-number levers that round to it).");
            }

            if (Problem.Violation(best.Fresh, start.Fresh) > 0)
            {
                warnings.Add("No policy re-evaluated met every constraint on the fresh replicates; the recommended one breaks them least.");
            }

            var objective = Problem.Objectives[0];
            if (!StartWins && !(best.DifferenceFrom(start, objective).Lower > 0))
            {
                warnings.Add($"The recommended policy's gain in {objective.Label.ToLowerInvariant()} over the start is not sure: its paired 95% interval on the fresh replicates does not lie above 0.");
            }

            return warnings;
        }
    }

    private FreshCheck Ranked(IReadOnlyList<FreshCheck> checks) =>
        checks[CandidateRanking.Order([.. checks.Select(f => f.Fresh)], Problem, Scalarisation.Single, FreshStart!.Fresh)[0]];

    /// <summary>The in-sample best of a single objective (the search's winner), or null for two objectives.</summary>
    public Evaluation? SearchWinner => Problem.Objectives.Count == 1 ? Searches[0].Best : null;
}
