using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Optimisation;
using Xunit;

namespace Simulator.Reporting.Tests.Optimisation;

public class OptimisationReportTests
{
    private static readonly SweepFigure Profit = SweepFigures.ByOutcome("profit");

    // A one-lever problem whose profit peaks at <peak>; the start is 0.9.
    private static async Task<OptimisationResult> Optimise(double peak)
    {
        var problem = new OptimisationProblem(
            [new OptimisationLever("policy.serviceEffort", 0, 1, 0.9, false)],
            [Profit],
            [],
            2,
            21,
            3,
            3,
            new CmaEsOptions { Seed = 1 });
        CandidateEvaluator evaluate = (candidates, replicates, _) => Task.FromResult<IReadOnlyList<SweepRun>>(
            [.. candidates.SelectMany((c, i) => replicates.Select(r =>
            {
                var figures = new double[SweepFigures.All.Count];
                figures[SweepFigures.IndexOf(Profit)] = 1000 - 1000 * (c[0] - peak) * (c[0] - peak);
                return new SweepRun(i, r, figures);
            }))]);
        return await PolicyOptimiser.RunAsync(problem, evaluate, null, CancellationToken.None);
    }

    private static OptimisationManifest Manifest() =>
        new(OptimisationManifest.CurrentFormat, "baseline", null, "baseline", "x", [], ["policy.serviceEffort=0:1"], ["profit"], [], 42, 2, 21, 3, 3, 4, false, 200, 10, 2, "reference", DateTimeOffset.UnixEpoch, "test");

    [Fact]
    public async Task When_the_start_wins_the_report_says_keep_it_and_marks_the_start_not_the_candidate_as_recommended()
    {
        var result = await Optimise(peak: 0.9);

        var html = OptimisationReportWriter.Render(Manifest(), "A test.", result, [], [], DateTimeOffset.UnixEpoch);

        Assert.True(result.StartWins);
        Assert.Contains("No candidate beat the starting policy", html);
        Assert.Contains("<td>start (search winner) (recommended)</td>", html);
        Assert.DoesNotContain(" (recommended)</td><td class=\"num\">", html.Replace("<td>start (search winner) (recommended)</td><td class=\"num\">", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_a_candidate_wins_the_report_recommends_it_with_its_paired_gain()
    {
        var result = await Optimise(peak: 0.3);

        var html = OptimisationReportWriter.Render(Manifest(), "A test.", result, [], [], DateTimeOffset.UnixEpoch);

        Assert.False(result.StartWins);
        Assert.Contains("The recommended policy against the start", html);
        Assert.Contains($"<td>{result.Recommended!.InSample.Id}", html);
        Assert.Contains(" (recommended)</td>", html);
        Assert.DoesNotContain("<td>start (recommended)", html);
        Assert.Empty(result.Warnings);
    }
}
