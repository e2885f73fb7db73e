namespace Simulator.Experiments.Optimisation;

/// <summary>
/// Orders candidates with constraints handled explicitly, by Deb's feasibility rules (Deb 2000): a candidate that
/// meets every constraint beats one that does not; of two that do, the higher score wins; of two that do
/// not, the smaller total violation wins. Ties go to the candidate evaluated first, so the order is deterministic.
/// </summary>
public static class CandidateRanking
{
    /// <summary>The indices of <paramref name="candidates"/>, best first; <paramref name="start"/> is the starting policy on the same replicates.</summary>
    public static IReadOnlyList<int> Order(IReadOnlyList<Evaluation> candidates, OptimisationProblem problem, Scalarisation scalarisation, Evaluation start)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(scalarisation);
        var keys = candidates.Select(c => (Violation: problem.Violation(c, start), Score: scalarisation.Score([.. problem.Objectives.Select(c.Mean)]), c.Id)).ToArray();
        return [.. Enumerable.Range(0, candidates.Count)
            .OrderBy(i => keys[i].Violation > 0 ? 1 : 0)
            .ThenBy(i => keys[i].Violation)
            .ThenByDescending(i => keys[i].Score)
            .ThenBy(i => keys[i].Id)];
    }

    /// <summary>The best of <paramref name="candidates"/> (see <see cref="Order"/>).</summary>
    public static Evaluation Best(IReadOnlyList<Evaluation> candidates, OptimisationProblem problem, Scalarisation scalarisation, Evaluation start) =>
        candidates[Order(candidates, problem, scalarisation, start)[0]];
}
