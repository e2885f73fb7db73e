using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Xunit;

namespace Simulator.Experiments.Tests.Sensitivity;

/// <summary>
/// The analysis reads each point's outcome from the right place: checked on outcomes that are known
/// functions of the points' parameter values, whose indices are known exactly.
/// </summary>
public class SensitivityAnalysisTests
{
    // Three parameters on different ranges; the outcome is 2 a + 0 b - 4 c in their own units.
    private static readonly SensitivityParameter[] Parameters =
    [
        new("a", 0, 1, 0.5, false),
        new("b", 10, 20, 15, false),
        new("c", 0.1, 0.3, 0.2, false),
    ];

    private static readonly double[] Coefficients = [2, 0, -4];

    private static readonly SweepFigure Outcome = SweepFigures.ByOutcome("nps");

    private static double[] Linear(SensitivityDesign design) =>
        [.. design.Sweep.Points.Select(p => p.Values.Select((v, i) => Coefficients[i] * v).Sum())];

    [Fact]
    public void Morris_on_a_linear_outcome_gives_each_parameters_whole_range_effect_exactly_and_no_spread()
    {
        var design = SensitivityDesign.Create(SensitivityMethod.Morris, Parameters, 8, 4, 3);

        var result = SensitivityAnalysis.Analyse(design, Linear(design), Outcome);

        Assert.Null(result.Sobol);
        var effects = Assert.IsAssignableFrom<IReadOnlyList<MorrisEffect>>(result.Morris);
        for (var i = 0; i < Parameters.Length; i++)
        {
            var range = Parameters[i].High - Parameters[i].Low;
            Assert.Equal(Math.Abs(Coefficients[i]) * range, effects[i].MuStar, 9);
            Assert.Equal(Coefficients[i] * range, effects[i].Mu, 9);
            Assert.Equal(0, effects[i].Sigma, 9);
            Assert.Equal(Math.Abs(Coefficients[i]) * range, result.Tornado[i].Swing, 9);
        }

        Assert.Equal(2 * 0.5 - 4 * 0.2, result.Base, 12);
        Assert.Equal(2 * 0.5 - 4 * 0.1, result.Tornado[2].AtLow, 12);
    }

    [Fact]
    public void Sobol_on_a_linear_outcome_shares_the_variance_as_the_squared_range_effects_do()
    {
        var design = SensitivityDesign.Create(SensitivityMethod.Sobol, Parameters, 1024, 4, 3);

        var result = SensitivityAnalysis.Analyse(design, Linear(design), Outcome);

        // Uniform inputs: Var(c_i x_i) = c_i^2 range_i^2 / 12; additive, so first order = total = its share.
        var parts = Parameters.Select((p, i) => Coefficients[i] * Coefficients[i] * (p.High - p.Low) * (p.High - p.Low) / 12).ToArray();
        var sobol = Assert.IsType<SobolResult>(result.Sobol);
        for (var i = 0; i < Parameters.Length; i++)
        {
            var share = parts[i] / parts.Sum();
            Assert.True(Math.Abs(share - sobol.FirstOrder[i].Value) < 0.02, $"S_{i} = {sobol.FirstOrder[i].Value}, expected {share}");
            Assert.True(Math.Abs(share - sobol.Total[i].Value) < 0.02, $"ST_{i} = {sobol.Total[i].Value}, expected {share}");
            Assert.InRange(share, sobol.Total[i].Lower - 0.01, sobol.Total[i].Upper + 0.01);
        }
    }

    [Fact]
    public void A_whole_number_parameter_is_measured_by_the_step_it_actually_took()
    {
        // 0 to 5 in whole numbers on a 4-level grid: steps of 5/3 are rounded to 2 (0, 2, 3, 5); a linear
        // outcome 3 x must still give mu* = 3 x range exactly.
        SensitivityParameter[] whole = [new("w", 0, 5, 2, true), new("c", 0, 1, 0.5, false)];
        var design = SensitivityDesign.Create(SensitivityMethod.Morris, whole, 6, 4, 5);
        var means = design.Sweep.Points.Select(p => 3 * p.Values[0] + p.Values[1]).ToArray();

        var result = SensitivityAnalysis.Analyse(design, means, Outcome);

        var effects = Assert.IsAssignableFrom<IReadOnlyList<MorrisEffect>>(result.Morris);
        Assert.Equal(3 * 5, effects[0].MuStar, 9);
        Assert.Equal(0, effects[0].Sigma, 9);
        Assert.Equal(1, effects[1].MuStar, 9);
    }

    [Fact]
    public void An_outcome_undefined_at_some_point_gets_no_index_and_says_why()
    {
        var design = SensitivityDesign.Create(SensitivityMethod.Morris, Parameters, 4, 4, 3);
        var means = Linear(design);
        means[1] = double.NaN;

        var result = SensitivityAnalysis.Analyse(design, means, Outcome);

        Assert.Null(result.Morris);
        Assert.Contains("undefined at 1 of the", result.Problem);
        Assert.Equal(3, result.Tornado.Count);
    }

    [Fact]
    public void A_stopped_analysis_rests_on_the_trajectories_and_rows_that_finished()
    {
        // Morris: the second of three trajectories is missing a point; the effects are those of the other two.
        var morris = SensitivityDesign.Create(SensitivityMethod.Morris, Parameters, 3, 4, 3);
        var finished = Enumerable.Repeat(true, morris.Sweep.Points.Count).ToArray();
        finished[(Parameters.Length + 1) + 1] = false;
        finished[morris.LowPoint(2)] = false;

        var partial = SensitivityAnalysis.Analyse(morris, Linear(morris), Outcome, finished);

        Assert.Equal(2, partial.Used);
        Assert.Equal(2, SensitivityAnalysis.Usable(morris, finished));
        var effects = Assert.IsAssignableFrom<IReadOnlyList<MorrisEffect>>(partial.Morris);
        Assert.Equal(Math.Abs(Coefficients[2]) * 0.2, effects[2].MuStar, 9);
        Assert.True(double.IsNaN(partial.Tornado[2].AtLow));
        Assert.False(double.IsNaN(partial.Tornado[1].AtLow));

        // Sobol: rows with any missing point are left out of every block; the rest still give the linear shares.
        var sobol = SensitivityDesign.Create(SensitivityMethod.Sobol, Parameters, 1024, 4, 3);
        var done = Enumerable.Repeat(true, sobol.Sweep.Points.Count).ToArray();
        for (var n = 0; n < 100; n++)
        {
            done[(2 + n % 3) * 1024 + n] = false;
        }

        var rows = SensitivityAnalysis.Analyse(sobol, Linear(sobol), Outcome, done);
        Assert.Equal(1024 - 100, rows.Used);
        var parts = Parameters.Select((p, i) => Coefficients[i] * Coefficients[i] * (p.High - p.Low) * (p.High - p.Low) / 12).ToArray();
        var result = Assert.IsType<SobolResult>(rows.Sobol);
        Assert.True(Math.Abs(parts[0] / parts.Sum() - result.Total[0].Value) < 0.03);

        // Too little to go on: no index, and why.
        var none = SensitivityAnalysis.Analyse(morris, Linear(morris), Outcome, [.. finished.Select((_, i) => i >= Parameters.Length + 1 && finished[i])]);
        Assert.Null(none.Morris);
        Assert.Contains("Only 1 of 3 trajectories finished", none.Problem);
    }

    [Fact]
    public void Analysing_runs_needs_every_point()
    {
        var design = SensitivityDesign.Create(SensitivityMethod.Morris, Parameters, 2, 4, 3);
        var runs = design.Sweep.Points.Skip(1).Select(p => new SweepRun(p.Id, 0, [.. SweepFigures.All.Select(_ => 1.0)])).ToArray();

        var missing = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Analyse(design, runs, [Outcome]));
        Assert.Contains("Point 0 has no finished run", missing.Message);
    }
}
