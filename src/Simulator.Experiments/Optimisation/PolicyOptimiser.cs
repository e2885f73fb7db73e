using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// Searches the levers of a policy for the best value of an objective (docs/optimisation.md): the sample-average
/// approximation on common random numbers (every candidate on the same replicates, so the objective the search
/// sees is one deterministic function of the levers), searched by CMA-ES on the levers' bounds, with constraints
/// handled by Deb's rules; then the best candidates evaluated again on fresh replicates, paired with the start, so
/// that a winner found by luck in the search replicates shows up. Two objectives run one search per weight of
/// <see cref="OptimisationProblem.ParetoWeights"/> and keep the non-dominated candidates of all of them.
/// Deterministic: the same problem and the same runs give the same candidates in the same order, which is how a
/// stopped optimisation resumes (finished runs are answered from its journal).
/// </summary>
public static class PolicyOptimiser
{
    /// <summary>Runs the optimisation; a stop from outside returns what finished, with <see cref="OptimisationStop.Cancelled"/>.</summary>
    /// <exception cref="ArgumentException">The problem is not valid (<see cref="OptimisationProblem.Problems"/>).</exception>
    public static async Task<OptimisationResult> RunAsync(OptimisationProblem problem, CandidateEvaluator evaluate, IOptimisationProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(evaluate);
        var invalid = problem.Problems().FirstOrDefault();
        if (invalid is not null)
        {
            throw new ArgumentException(invalid, nameof(problem));
        }

        var evaluations = new List<Evaluation>();
        var known = new Dictionary<string, IReadOnlyList<SweepRun>>(StringComparer.Ordinal);
        var searchReplicates = Enumerable.Range(0, problem.Replicates).ToArray();

        // Runs the candidates not yet known (a repeated point costs nothing: common random numbers make its runs the same).
        async Task<IReadOnlyList<Evaluation>> Evaluate(IReadOnlyList<IReadOnlyList<double>> candidates, int search, int generation)
        {
            var keys = candidates.Select(Evaluation.KeyOf).ToArray();
            var missing = keys.Select((k, i) => (Key: k, Index: i)).Where(c => !known.ContainsKey(c.Key)).DistinctBy(c => c.Key, StringComparer.Ordinal).ToArray();
            if (missing.Length > 0)
            {
                var runs = await evaluate([.. missing.Select(c => candidates[c.Index])], searchReplicates, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < missing.Length; i++)
                {
                    known[missing[i].Key] = Complete(runs, i, searchReplicates);
                }
            }

            var made = new Evaluation[candidates.Count];
            for (var i = 0; i < made.Length; i++)
            {
                made[i] = new Evaluation(evaluations.Count, search, generation, candidates[i], known[keys[i]]);
                evaluations.Add(made[i]);
            }

            return made;
        }

        var searches = new List<SearchSummary>();
        var stop = OptimisationStop.Budget;
        try
        {
            // The start is the scenario's own policy, exactly (not its image on the cube).
            var start = (await Evaluate([[.. problem.Levers.Select(l => l.Start)]], -1, -1).ConfigureAwait(false))[0];
            var perSearch = (problem.MaxEvaluations - 1) / problem.Searches;
            for (var s = 0; s < problem.Searches; s++)
            {
                var scalarisation = problem.Objectives.Count == 1
                    ? Scalarisation.Single
                    : s < 2
                        ? new Scalarisation(OptimisationProblem.ParetoWeights[s], [], [])
                        : Scalarisation.Between(OptimisationProblem.ParetoWeights[s], searches[0].Best, searches[1].Best, problem.Objectives);
                var (summary, cancelled) = await SearchAsync(problem, s, scalarisation, start, perSearch, Evaluate, progress).ConfigureAwait(false);
                searches.Add(summary);
                stop = summary.Stop;
                if (cancelled)
                {
                    return new OptimisationResult(problem, evaluations, searches, Front(problem, evaluations), [], null, OptimisationStop.Cancelled);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return new OptimisationResult(problem, evaluations, searches, Front(problem, evaluations), [], null, OptimisationStop.Cancelled);
        }

        var front = Front(problem, evaluations);
        var chosen = Chosen(problem, evaluations, front);
        progress?.FreshStarted(chosen.Count, problem.FreshReplicates);
        var freshReplicates = Enumerable.Range(problem.Replicates, problem.FreshReplicates).ToArray();
        IReadOnlyList<SweepRun> fresh;
        try
        {
            fresh = await evaluate([evaluations[0].Values, .. chosen.Select(c => c.Values)], freshReplicates, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new OptimisationResult(problem, evaluations, searches, front, [], null, OptimisationStop.Cancelled);
        }

        FreshCheck Check(Evaluation candidate, int index) => new(candidate, candidate with { Runs = Complete(fresh, index, freshReplicates) });
        return new OptimisationResult(
            problem,
            evaluations,
            searches,
            front,
            [.. chosen.Select((c, i) => Check(c, i + 1))],
            Check(evaluations[0], 0),
            stop);
    }

    // One CMA-ES search from the start; cancelled when the evaluator was stopped mid-generation.
    private static async Task<(SearchSummary Summary, bool Cancelled)> SearchAsync(
        OptimisationProblem problem,
        int index,
        Scalarisation scalarisation,
        Evaluation start,
        int budget,
        Func<IReadOnlyList<IReadOnlyList<double>>, int, int, Task<IReadOnlyList<Evaluation>>> evaluate,
        IOptimisationProgress? progress)
    {
        var cma = new CmaEs(problem.StartUnit, problem.Cma, index);
        var own = new List<Evaluation> { start };
        var used = 0;
        var stop = OptimisationStop.Budget;
        while (true)
        {
            if (cma.Converged)
            {
                stop = OptimisationStop.Converged;
                break;
            }

            if (used + cma.PopulationSize > budget)
            {
                break;
            }

            // Elitist: the search's best so far (the start at first) joins every generation (Hansen 2011), so the mean
            // cannot drift away from it; Deb's rules rank infeasible draws by their violation alone, which can pull a
            // plain search away from a thin feasible region around the start. It explores less.
            var best = CandidateRanking.Best(own, problem, scalarisation, start);
            var inject = problem.Elitist;
            var asked = cma.Ask(inject ? [.. problem.Levers.Select((l, j) => l.UnitOf(best.Values[j]))] : null);
            IReadOnlyList<Evaluation> generation;
            try
            {
                // The injected point is the best's own values (not their image on the cube), so its runs are reused.
                IReadOnlyList<IReadOnlyList<double>> values = inject ? [.. asked.Take(asked.Count - 1).Select(problem.ValuesAt), best.Values] : [.. asked.Select(problem.ValuesAt)];
                generation = await evaluate(values, index, cma.Generation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return (new SearchSummary(index, scalarisation, CandidateRanking.Best(own, problem, scalarisation, start), cma.Generation, OptimisationStop.Cancelled), true);
            }

            used += generation.Count;
            own.AddRange(generation);
            cma.Tell(CandidateRanking.Order(generation, problem, scalarisation, start));
            best = CandidateRanking.Best(own, problem, scalarisation, start);
            progress?.GenerationDone(index, cma.Generation, used, best, problem.Violation(best, start) == 0);
        }

        return (new SearchSummary(index, scalarisation, CandidateRanking.Best(own, problem, scalarisation, start), cma.Generation, stop), false);
    }

    // The non-dominated feasible candidates of a two-objective problem, one per distinct lever setting.
    private static IReadOnlyList<int> Front(OptimisationProblem problem, IReadOnlyList<Evaluation> evaluations)
    {
        if (problem.Objectives.Count != 2)
        {
            return [];
        }

        var feasible = Distinct(evaluations).Where(e => problem.Violation(e, evaluations[0]) == 0).ToArray();
        var points = feasible.Select(e => (e.Mean(problem.Objectives[0]), e.Mean(problem.Objectives[1]))).ToArray();
        return [.. ParetoFront.Of(points).Select(i => feasible[i].Id)];
    }

    // What is re-evaluated: the best distinct candidates of a single objective, or points spread along the front.
    private static IReadOnlyList<Evaluation> Chosen(OptimisationProblem problem, IReadOnlyList<Evaluation> evaluations, IReadOnlyList<int> front)
    {
        var distinct = Distinct(evaluations).Where(e => e.Id != 0 && Evaluation.KeyOf(e.Values) != Evaluation.KeyOf(evaluations[0].Values)).ToArray();
        if (problem.Objectives.Count == 1)
        {
            return [.. CandidateRanking.Order(distinct, problem, Scalarisation.Single, evaluations[0]).Take(problem.FreshCandidates).Select(i => distinct[i])];
        }

        var points = front.Select(id => evaluations[id]).Where(e => distinct.Contains(e)).ToArray();
        if (points.Length <= problem.FreshCandidates)
        {
            return points;
        }

        // Evenly spaced along the front, both ends kept.
        var picks = Enumerable.Range(0, problem.FreshCandidates)
            .Select(k => (int)Math.Round(k * (points.Length - 1) / (double)Math.Max(1, problem.FreshCandidates - 1)))
            .Distinct();
        return [.. picks.Select(i => points[i])];
    }

    // The first evaluation of every distinct lever setting.
    private static IEnumerable<Evaluation> Distinct(IReadOnlyList<Evaluation> evaluations) =>
        evaluations.DistinctBy(e => Evaluation.KeyOf(e.Values), StringComparer.Ordinal);

    // The runs of candidate <index>, one per replicate asked for, in replicate order.
    private static IReadOnlyList<SweepRun> Complete(IReadOnlyList<SweepRun> runs, int index, IReadOnlyList<int> replicates)
    {
        var own = runs.Where(r => r.Point == index).DistinctBy(r => r.Replicate).OrderBy(r => r.Replicate).ToArray();
        if (!own.Select(r => r.Replicate).SequenceEqual(replicates))
        {
            throw new InvalidOperationException($"The evaluator returned {own.Length} of the {replicates.Count} runs of candidate {index}.");
        }

        return own;
    }
}
