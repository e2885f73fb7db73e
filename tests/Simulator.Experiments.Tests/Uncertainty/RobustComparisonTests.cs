using Simulator.Experiments.Comparison;
using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Simulator.Experiments.Uncertainty;
using Xunit;

namespace Simulator.Experiments.Tests.Uncertainty;

public class RobustComparisonTests
{
    private static readonly SensitivityParameter[] Parameters =
    [
        new("a", 0, 1, 0.5, false),
        new("b", 10, 20, 15, false),
    ];

    [Fact]
    public void The_sets_are_a_latin_hypercube_over_the_plausible_ranges_and_are_the_same_for_a_seed()
    {
        var design = RobustDesign.Create(Parameters, 40, 9);

        Assert.Equal(40, design.Sets.Count);
        for (var i = 0; i < Parameters.Length; i++)
        {
            var p = Parameters[i];
            // One set in each fortieth of the range.
            var strata = design.Sets.Select(s => LatinHypercube.StratumOf((s[i] - p.Low) / (p.High - p.Low), 40)).Order();
            Assert.Equal(Enumerable.Range(0, 40), strata);
        }

        Assert.Equal(design.Sets, RobustDesign.Create(Parameters, 40, 9).Sets);
        Assert.Contains("--uncertain 1 is out of range", Assert.Throws<SensitivitySpecException>(() => RobustDesign.Create(Parameters, 1, 9)).Message);
    }

    // The scenario minus the reference is (a - 0.3) x 10 plus replicate noise of ±0.01: it flips where a crosses 0.3, and b plays no part.
    private static List<RobustObservation> Observations(RobustDesign design)
    {
        var observations = new List<RobustObservation>();
        for (var set = 0; set < design.Sets.Count; set++)
        {
            for (var r = 0; r < 2; r++)
            {
                var noise = r == 0 ? 0.01 : -0.01;
                observations.Add(new RobustObservation(set, 0, r, [.. HeadlineFigures.All.Select(_ => 5.0)]));
                observations.Add(new RobustObservation(set, 1, r, [.. HeadlineFigures.All.Select(_ => 5.0 + 10 * (design.Sets[set][0] - 0.3) + noise)]));
            }
        }

        return observations;
    }

    [Fact]
    public void The_probability_of_beating_is_the_share_of_sets_won_and_the_parameter_that_turns_it_is_named()
    {
        var design = RobustDesign.Create(Parameters, 50, 4);

        var result = RobustComparison.Analyse(design, 2, 2, Observations(design));

        Assert.Equal(50, result.CompleteSets.Count);
        Assert.Equal(HeadlineFigures.All.Count, result.Figures.Count);
        var figure = result.Figures[0];
        var wins = design.Sets.Count(s => s[0] > 0.3);
        Assert.Equal(wins, figure.Beats.Successes);
        Assert.Equal(50, figure.Beats.Trials);
        Assert.Equal(design.Sets.Select(s => 10 * (s[0] - 0.3)), figure.Differences, new Tolerance(1e-9));
        var top = figure.Influences[0];
        Assert.Equal("a", top.Path);
        Assert.True(top.Partial);
        Assert.True(top.Significant);
        Assert.True(top.Flips);
        Assert.True(top.LowFifth < 0 && top.HighFifth > 0);
        Assert.False(figure.Influences[1].Flips);
        Assert.Equal(["a"], figure.Flippers.Select(f => f.Path));
        Assert.Contains("it hinges on a", figure.Verdict("A", "B"));
        // Two replicates ±0.01 apart: the paired interval excludes zero except within about 0.13 / 10 of the turn.
        Assert.InRange(figure.ClearlyBetter + figure.ClearlyWorse, 45, 50);
    }

    [Fact]
    public void For_a_cost_a_lower_figure_beats_the_reference()
    {
        var design = RobustDesign.Create(Parameters, 50, 4);

        var result = RobustComparison.Analyse(design, 2, 2, Observations(design));

        var costs = result.Figures.Single(f => f.Figure == HeadlineFigures.Costs);
        var profit = result.Figures.Single(f => f.Figure == HeadlineFigures.Profit);
        Assert.Equal(50 - profit.Beats.Successes, costs.Beats.Successes);
        Assert.Equal((profit.ClearlyBetter, profit.ClearlyWorse), (costs.ClearlyWorse, costs.ClearlyBetter));
    }

    [Fact]
    public void A_set_with_a_run_missing_is_left_out()
    {
        var design = RobustDesign.Create(Parameters, 10, 4);
        var observations = Observations(design);
        observations.RemoveAll(o => o.Set == 3 && o.Scenario == 1 && o.Replicate == 1);

        var result = RobustComparison.Analyse(design, 2, 2, observations);

        Assert.DoesNotContain(3, result.CompleteSets);
        Assert.Equal(9, result.Figures[0].Beats.Trials);
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
