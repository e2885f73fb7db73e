using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Experiments.Tests.Sensitivity;

public class SensitivityDesignTests
{
    private static readonly Scenario Baseline = ShippedScenarios.Load("baseline");

    [Fact]
    public void The_default_parameters_are_the_models_coefficients_with_a_plausible_range()
    {
        var selected = SensitivityParameters.Select(Baseline, []);
        var expected = ScenarioParameters.All(Baseline).Where(p => p.Path.StartsWith("model.", StringComparison.Ordinal) && p.PlausibleMax > p.PlausibleMin).Select(p => p.Path);

        Assert.Equal(expected, selected.Select(p => p.Path));
        Assert.True(selected.Count >= 80, $"{selected.Count} coefficients");
        Assert.All(selected, p => Assert.True(p.Low < p.High && p.Low <= p.Base && p.Base <= p.High, p.Path));
    }

    [Fact]
    public void Globs_match_whole_paths_and_a_glob_that_matches_nothing_is_named()
    {
        Assert.Equal(
            ["segments.mainstream.conversionPerWeek", "segments.privacy-conscious.conversionPerWeek", "segments.bargain-hunters.conversionPerWeek"],
            SensitivityParameters.Select(Baseline, ["segments.*.conversionPerWeek"]).Select(p => p.Path));
        Assert.False(SensitivityParameters.Matches("model.trust", "model.trustGain"));

        var unknown = Assert.Throws<SensitivitySpecException>(() => SensitivityParameters.Select(Baseline, ["model.trustGain", "model.nothing*"]));
        Assert.Contains("--parameters model.nothing* matches no setting of 'baseline'", unknown.Message);
        // The information lag is a setting with one plausible value, not an uncertain coefficient.
        var fixedOnly = Assert.Throws<SensitivitySpecException>(() => SensitivityParameters.Select(Baseline, ["market.informationLagWeeks"]));
        Assert.Contains("single plausible value", fixedOnly.Message);
    }

    [Fact]
    public void Whole_number_parameters_are_sampled_at_whole_numbers()
    {
        var onboarding = Assert.Single(SensitivityParameters.Select(Baseline, ["market.onboardingWeeks"]));
        Assert.True(onboarding.Whole);
        var design = SensitivityDesign.Create(SensitivityMethod.Sobol, [onboarding], 16, 4, 1);

        Assert.All(design.Sweep.Points, p => Assert.Equal(Math.Round(p.Values[0]), p.Values[0]));
        Assert.All(design.Sweep.Points, p => Assert.InRange(p.Values[0], 2, 8));
    }

    [Fact]
    public void A_morris_design_has_its_trajectories_then_the_base_and_each_parameters_ends_inside_the_plausible_ranges()
    {
        var parameters = SensitivityParameters.Select(Baseline, ["model.trust*"]);
        var d = parameters.Count;
        var design = SensitivityDesign.Create(SensitivityMethod.Morris, parameters, 6, 4, 7);

        Assert.Equal(6 * (d + 1), design.MethodPoints);
        Assert.Equal(6 * (d + 1) + 1 + 2 * d, design.Sweep.Points.Count);
        Assert.Equal(DesignKind.Given, design.Sweep.Kind);
        for (var id = 0; id < design.MethodPoints; id++)
        {
            for (var i = 0; i < d; i++)
            {
                Assert.InRange(design.Sweep.Points[id].Values[i], parameters[i].Low, parameters[i].High);
            }
        }

        Assert.Equal(parameters.Select(p => p.Base), design.Sweep.Points[design.BasePoint].Values);
        for (var i = 0; i < d; i++)
        {
            var low = design.Sweep.Points[design.LowPoint(i)].Values;
            var high = design.Sweep.Points[design.HighPoint(i)].Values;
            Assert.Equal(parameters[i].Low, low[i]);
            Assert.Equal(parameters[i].High, high[i]);
            Assert.Equal(parameters.Select(p => p.Base).Where((_, j) => j != i), low.Where((_, j) => j != i));
        }

        // Deterministic: the same inputs, the same points.
        var again = SensitivityDesign.Create(SensitivityMethod.Morris, parameters, 6, 4, 7);
        Assert.Equal(design.Sweep.Points.Select(p => p.Key), again.Sweep.Points.Select(p => p.Key));
        Assert.NotEqual(design.Sweep.Points.Select(p => p.Key), SensitivityDesign.Create(SensitivityMethod.Morris, parameters, 6, 4, 8).Sweep.Points.Select(p => p.Key));
    }

    [Fact]
    public void Sobol_takes_at_most_eighteen_parameters_and_sizes_out_of_range_are_named()
    {
        var all = SensitivityParameters.Select(Baseline, []);
        var tooMany = Assert.Throws<SensitivitySpecException>(() => SensitivityDesign.Create(SensitivityMethod.Sobol, all, 64, 4, 1));
        Assert.Contains($"--method sobol takes at most {SensitivityDesign.MaxSobolParameters} parameters", tooMany.Message);
        Assert.Equal(18, SensitivityDesign.MaxSobolParameters);

        Assert.Contains("--samples 1 is out of range for Morris", Assert.Throws<SensitivitySpecException>(() => SensitivityDesign.Create(SensitivityMethod.Morris, all, 1, 4, 1)).Message);
        Assert.Contains("--levels 5 is not allowed", Assert.Throws<SensitivitySpecException>(() => SensitivityDesign.Create(SensitivityMethod.Morris, all, 4, 5, 1)).Message);
        Assert.Contains("at most 10,000 allowed", Assert.Throws<SensitivitySpecException>(() => SensitivityDesign.Create(SensitivityMethod.Morris, all, 200, 4, 1)).Message);
        Assert.Equal(64 * (18 + 2) + 1 + 2 * 18, SensitivityDesign.Create(SensitivityMethod.Sobol, all.Take(18).ToArray(), 64, 4, 1).Sweep.Points.Count);
    }
}
