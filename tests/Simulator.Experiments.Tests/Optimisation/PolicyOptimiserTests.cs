using CsCheck;
using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Statistics;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Experiments.Tests.Optimisation;

public class PolicyOptimiserTests(ITestOutputHelper output)
{
    private static readonly double[] Centre = [0.3, 0.65];

    // A concave profit with its maximum 1,000 at Centre, plus noise of sd 20 by candidate and replicate, plus a shift of
    // sd 50 by replicate alone (what common random numbers cancel).
    private static (double, double) Noisy(IReadOnlyList<double> x, int r) =>
        (1000 - 1000 * x.Select((v, i) => (v - Centre[i]) * (v - Centre[i])).Sum() + 20 * Synthetic.Noise(x, r, 1) + 50 * Synthetic.Noise([], r, 2), 0);

    [Fact]
    public async Task It_finds_the_known_optimum_of_a_noisy_objective()
    {
        var result = await PolicyOptimiser.RunAsync(Synthetic.Problem(2, evaluations: 300), Synthetic.Of(Noisy), null, CancellationToken.None);

        Assert.True(result.Complete);
        var best = result.Recommended!.InSample.Values;
        output.WriteLine(FormattableString.Invariant($"best ({best[0]:0.000}, {best[1]:0.000}) after {result.Evaluations.Count} candidates, stopped: {result.Stop}"));
        // Noise of 20 on a curvature of 1,000 hides differences of about ±0.1; averaging 3 replicates narrows it.
        Assert.Equal(Centre[0], best[0], 0.1);
        Assert.Equal(Centre[1], best[1], 0.1);
        // Paired with the start on the fresh replicates: the replicate shift cancels, the gain (≈ 1000 x 0.42) is sure.
        var gain = result.Recommended.DifferenceFrom(result.FreshStart!, Synthetic.Profit);
        Assert.True(gain.Lower > 300, gain.ToString());
        Assert.True(gain.HalfWidth < 20, gain.ToString());
    }

    [Fact]
    public async Task When_no_candidate_beats_the_start_the_start_is_recommended()
    {
        // The start, 0.9, is the optimum: every candidate, however close, is worse on the fresh replicates too.
        static (double, double) F(IReadOnlyList<double> x, int r) => (1000 - 1000 * (x[0] - 0.9) * (x[0] - 0.9), 0);

        var result = await PolicyOptimiser.RunAsync(Synthetic.Problem(1, evaluations: 41), Synthetic.Of(F), null, CancellationToken.None);

        Assert.True(result.StartWins);
        Assert.Same(result.FreshStart, result.Recommended);
        Assert.NotNull(result.BestCandidate);
        Assert.NotEqual(0, result.BestCandidate.InSample.Id);
    }

    [Fact]
    public async Task It_never_evaluates_outside_the_bounds()
    {
        var gen = Gen.Select(Gen.Double[-10, 10].Array[1, 4], Gen.Double[0.01, 5].Array[1, 4], Gen.ULong);
        await gen.SampleAsync(async (lows, widths, seed) =>
        {
            var n = Math.Min(lows.Length, widths.Length);
            var levers = Enumerable.Range(0, n).Select(j => new OptimisationLever($"policy.lever{j}", lows[j], lows[j] + widths[j], lows[j] + widths[j] * 0.99, Whole: j == 1)).ToArray();
            var problem = new OptimisationProblem(levers, [Synthetic.Profit], [], 1, 60, 2, 2, new CmaEsOptions { Seed = seed });
            var asked = new List<IReadOnlyList<double>>();
            // Its optimum is far outside every bound: the search pushes against them.
            await PolicyOptimiser.RunAsync(problem, Synthetic.Of((x, _) => (x.Sum() * 1000, 0), asked), null, CancellationToken.None);
            // Inside the bounds, and pushed up against the upper ones (from inside: folded, not clamped, draws).
            return asked.Count > 0
                && asked.All(x => x.Select((v, j) => v >= levers[j].Lower && v <= levers[j].Upper).All(ok => ok))
                && levers.Select((l, j) => asked.Max(x => x[j]) >= l.Upper - 0.2 * (l.Upper - l.Lower) - 0.5).All(ok => ok);
        }, iter: 40);
    }

    [Fact]
    public async Task A_constraint_excludes_the_unconstrained_optimum()
    {
        // Profit peaks at x = 0.8; NPS is 100 x, so nps <= 50 caps x at 0.5.
        static (double, double) F(IReadOnlyList<double> x, int r) => (1000 - 1000 * (x[0] - 0.8) * (x[0] - 0.8) + Synthetic.Noise(x, r, 3), 100 * x[0]);
        var free = await PolicyOptimiser.RunAsync(Synthetic.Problem(1, evaluations: 120), Synthetic.Of(F), null, CancellationToken.None);
        var capped = await PolicyOptimiser.RunAsync(Synthetic.Problem(1, constraints: [OptimisationConstraint.Parse("nps<=50")], evaluations: 120), Synthetic.Of(F), null, CancellationToken.None);

        Assert.Equal(0.8, free.Recommended!.InSample.Values[0], 0.03);
        var x = capped.Recommended!.InSample.Values[0];
        Assert.InRange(x, 0.47, 0.5);
        Assert.True(capped.Problem.Violation(capped.Recommended.Fresh, capped.FreshStart!.Fresh) == 0);
        Assert.Contains(capped.Evaluations, e => e.Values[0] > 0.5); // it looked beyond the cap and ranked those lower
    }

    [Fact]
    public async Task A_constraint_relative_to_the_start_is_judged_on_the_same_replicates()
    {
        // NPS falls with x and shifts by replicate (sd 10): "no worse NPS than the start at 0.3" caps x at 0.3 exactly,
        // because the shift is the same for every candidate on a replicate; profit would want x = 0.8.
        static (double, double) F(IReadOnlyList<double> x, int r) => (1000 - 1000 * (x[0] - 0.8) * (x[0] - 0.8), 100 - 100 * x[0] + 10 * Synthetic.Noise([], r, 4));
        var problem = Synthetic.Problem(1, constraints: [OptimisationConstraint.Parse("nps>=start")], evaluations: 120, start: 0.3);

        var result = await PolicyOptimiser.RunAsync(problem, Synthetic.Of(F), null, CancellationToken.None);

        Assert.True(problem.Constraints[0].RelativeToStart);
        Assert.InRange(result.Recommended!.InSample.Values[0], 0.29, 0.3);
        Assert.Equal(0, problem.Violation(result.Recommended.Fresh, result.FreshStart!.Fresh));
        Assert.All(result.Evaluations.Where(e => e.Values[0] > 0.3), e => Assert.True(problem.Violation(e, result.Start) > 0));
    }

    [Fact]
    public async Task An_elitist_search_evaluates_the_best_so_far_in_every_generation_without_running_it_again()
    {
        static (double, double) F(IReadOnlyList<double> x, int r) => (1000 - 1000 * (x[0] - 0.8) * (x[0] - 0.8), 100 - 100 * x[0]);
        var asked = new List<IReadOnlyList<double>>();
        var problem = Synthetic.Problem(1, constraints: [OptimisationConstraint.Parse("nps>=start")], evaluations: 41, start: 0.3) with { };
        problem = problem with { Elitist = true };

        var result = await PolicyOptimiser.RunAsync(problem, Synthetic.Of(F, asked), null, CancellationToken.None);

        // Each generation of 4 ends with the best so far: the start, 0.3, as nothing feasible beats it here.
        Assert.All(result.Evaluations.Where(e => e.Generation >= 0).GroupBy(e => e.Generation), g => Assert.Equal(0.3, g.Last().Values[0]));
        // Known runs are not asked for again: the start once in the search, once on fresh replicates.
        Assert.Equal(2, asked.Count(x => x[0] == 0.3));
        Assert.True(result.StartWins);
    }

    [Fact]
    public async Task On_a_noisy_objective_the_winners_fresh_figure_is_below_its_in_sample_figure_on_average()
    {
        // A flat-topped objective under noise of sd 30 by candidate: with 2 replicates the search's best mean is
        // the largest of many noisy means, so it overstates. Twenty independent optimisations measure the bias.
        var optimism = new List<double>();
        var gainOptimism = new List<double>();
        for (ulong seed = 1; seed <= 20; seed++)
        {
            // Each optimisation has its own noise as well as its own search draws: twenty independent experiments.
            var noise = 100 + seed;
            (double, double) F(IReadOnlyList<double> x, int r) => (1000 - 100 * (x[0] - 0.5) * (x[0] - 0.5) + 30 * Synthetic.Noise(x, r, noise), 0);
            var result = await PolicyOptimiser.RunAsync(Synthetic.Problem(1, replicates: 2, evaluations: 41, seed: seed), Synthetic.Of(F), null, CancellationToken.None);
            var winner = result.Fresh.Single(f => f.InSample.Id == result.SearchWinner!.Id);
            optimism.Add(winner.Optimism(Synthetic.Profit));
            gainOptimism.Add(winner.GainOptimism(result.FreshStart!, Synthetic.Profit));
        }

        // The largest of ~40 means of sd 30/√2 ≈ 21 lies about two sd above its expectation: about 40 on average.
        var bias = Interval.Of(optimism);
        output.WriteLine(FormattableString.Invariant($"optimism of the winner: {bias.Mean:0.0} [{bias.Lower:0.0}, {bias.Upper:0.0}]; of its gain over the start: {Interval.Of(gainOptimism).Mean:0.0}"));
        Assert.True(bias.Lower > 0, bias.ToString());
        Assert.InRange(bias.Mean, 20, 70);
        Assert.True(Interval.Of(gainOptimism).Lower > 0);
    }

    [Fact]
    public async Task Two_objectives_give_a_front_of_non_dominated_policies_from_one_end_to_the_other()
    {
        // Profit rises with x, NPS falls as x²: every x in [0, 1] is on the front.
        static (double, double) F(IReadOnlyList<double> x, int r) => (1000 * x[0] + Synthetic.Noise(x, r, 7), 100 * (1 - x[0] * x[0]) + 0.1 * Synthetic.Noise(x, r, 8));
        var problem = Synthetic.Problem(1, objectives: [Synthetic.Profit, Synthetic.Nps], evaluations: 101);

        var result = await PolicyOptimiser.RunAsync(problem, Synthetic.Of(F), null, CancellationToken.None);

        Assert.Equal(5, result.Searches.Count);
        var front = result.Front.Select(id => result.Evaluations[id]).ToArray();
        Assert.True(front.Length >= 5, front.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(front.Max(e => e.Values[0]) > 0.97);
        Assert.True(front.Min(e => e.Values[0]) < 0.03);
        foreach (var a in front)
        {
            Assert.DoesNotContain(result.Evaluations, b => b.Mean(Synthetic.Profit) > a.Mean(Synthetic.Profit) && b.Mean(Synthetic.Nps) > a.Mean(Synthetic.Nps));
        }

        Assert.Equal(problem.FreshCandidates, result.Fresh.Count);
        Assert.Null(result.Recommended);
    }

    [Fact]
    public async Task The_same_problem_evaluates_the_same_candidates_in_the_same_order()
    {
        var first = new List<IReadOnlyList<double>>();
        var second = new List<IReadOnlyList<double>>();
        await PolicyOptimiser.RunAsync(Synthetic.Problem(2, evaluations: 50), Synthetic.Of(Noisy, first), null, CancellationToken.None);
        await PolicyOptimiser.RunAsync(Synthetic.Problem(2, evaluations: 50), Synthetic.Of(Noisy, second), null, CancellationToken.None);

        Assert.Equal(first.Select(Evaluation.KeyOf), second.Select(Evaluation.KeyOf));
    }

    [Fact]
    public async Task A_stop_before_the_start_finished_returns_nothing_evaluated()
    {
        using var stop = new CancellationTokenSource();
        CandidateEvaluator evaluate = async (_, _, token) =>
        {
            await stop.CancelAsync();
            token.ThrowIfCancellationRequested();
            return [];
        };

        var result = await PolicyOptimiser.RunAsync(Synthetic.Problem(2), evaluate, null, stop.Token);

        Assert.Equal(OptimisationStop.Cancelled, result.Stop);
        Assert.Empty(result.Evaluations);
        Assert.Null(result.Recommended);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task A_stop_from_outside_returns_what_finished()
    {
        using var stop = new CancellationTokenSource();
        var calls = 0;
        CandidateEvaluator evaluate = async (candidates, replicates, token) =>
        {
            if (++calls == 4)
            {
                await stop.CancelAsync();
                token.ThrowIfCancellationRequested();
            }

            return await Synthetic.Of(Noisy)(candidates, replicates, token);
        };

        var result = await PolicyOptimiser.RunAsync(Synthetic.Problem(2), evaluate, null, stop.Token);

        Assert.Equal(OptimisationStop.Cancelled, result.Stop);
        Assert.False(result.Complete);
        Assert.Equal(1 + 2 * 6, result.Evaluations.Count); // the start and two generations of 6
        Assert.Null(result.FreshStart);
    }
}
