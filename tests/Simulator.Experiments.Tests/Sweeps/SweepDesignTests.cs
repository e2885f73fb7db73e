using Simulator.Experiments.Sweeps;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Experiments.Tests.Sweeps;

public class SweepDesignTests
{
    private static readonly Scenario Baseline = ShippedScenarios.Load("baseline");

    [Fact]
    public void A_full_factorial_has_every_combination_with_the_last_parameter_changing_fastest()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.1:0.5:0.2", "policy.firstContactResolution=0.3,0.9"], null, 42);

        Assert.Equal(DesignKind.Factorial, design.Kind);
        Assert.Equal(["policy.serviceEffort", "policy.firstContactResolution"], design.Paths);
        Assert.Equal(6, design.Points.Count);
        Assert.Equal(
            [
                "policy.serviceEffort=0.1;policy.firstContactResolution=0.3",
                "policy.serviceEffort=0.1;policy.firstContactResolution=0.9",
                "policy.serviceEffort=0.3;policy.firstContactResolution=0.3",
                "policy.serviceEffort=0.3;policy.firstContactResolution=0.9",
                "policy.serviceEffort=0.5;policy.firstContactResolution=0.3",
                "policy.serviceEffort=0.5;policy.firstContactResolution=0.9",
            ],
            design.Points.Select(p => p.Key));
        Assert.Equal(Enumerable.Range(0, 6), design.Points.Select(p => p.Id));
        Assert.Equal("full factorial, 3 x 2 = 6 points", design.Describe());
    }

    [Fact]
    public void The_factorial_size_is_the_product_of_the_numbers_of_values()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0:1:0.1", "model.trustGain=0.05,0.1,0.2", "policy.price=8:12:1"], null, 1);

        Assert.Equal(11 * 3 * 5, design.Points.Count);
        Assert.Equal(design.Points.Count, design.Points.Select(p => p.Key).Distinct().Count());
    }

    [Fact]
    public void The_same_specs_give_the_same_points()
    {
        string[] specs = ["policy.serviceEffort=0.1:0.9:0.2", "model.trustGain=0.05,0.2"];
        Assert.Equal(
            SweepDesign.Create(specs, null, 1).Points.Select(p => p.Key),
            SweepDesign.Create(specs, null, 99).Points.Select(p => p.Key));
    }

    [Fact]
    public void A_factorial_larger_than_ten_thousand_points_is_refused()
    {
        var e = Assert.Throws<SweepSpecException>(() => SweepDesign.Create(["policy.serviceEffort=0:1:0.001", "model.trustGain=0:1:0.1"], null, 1));
        Assert.Equal("the full factorial design has 1001 x 11 = 11,011 points; at most 10,000 allowed (use fewer values, or --lhs N).", e.Message);
    }

    [Theory]
    [InlineData(new[] { "policy.serviceEffort=0.1:0.9" }, "--vary 'policy.serviceEffort=0.1:0.9': STEP is missing; expected PATH=FROM:TO:STEP (FROM:TO alone is allowed only with --lhs).")]
    [InlineData(new[] { "policy.serviceEffort=0.1,0.2", "policy.serviceEffort=0.5:0.9:0.2" }, "--vary policy.serviceEffort is given 2 times; vary each parameter once.")]
    [InlineData(new string[0], "--vary is required: give at least one PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2).")]
    public void A_bad_factorial_is_refused_with_what_is_wrong(string[] specs, string message)
    {
        var e = Assert.Throws<SweepSpecException>(() => SweepDesign.Create(specs, null, 1));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Paths_and_values_are_checked_against_the_scenario_with_the_allowed_values()
    {
        var design = SweepDesign.Create(["policy.serviceEfort=0.1:0.9:0.2", "policy.firstContactResolution=0.5:1.5:0.5", "brands.Nobody.policy.price=8,10", "model.trustGain=0.1,0.2"], null, 1);

        var problems = design.Problems(Baseline);

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("--vary 'policy.serviceEfort=0.1:0.9:0.2': 'policy.serviceEfort': unknown name 'serviceEfort'; allowed: acquisitionFocus, ", problems[0]);
        Assert.Equal("--vary 'policy.firstContactResolution=0.5:1.5:0.5': 'policy.firstContactResolution' = 1.5 is out of range; allowed: 0 to 1.", problems[1]);
        Assert.Equal("--vary 'brands.Nobody.policy.price=8,10': 'brands.Nobody.policy.price': no brand 'Nobody'; allowed: Focal, Rival, *.", problems[2]);
    }

    [Fact]
    public void A_valid_design_has_no_problems_and_sets_each_point_on_the_scenario()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.1:0.9:0.4", "brands.Rival.policy.price=8,12", "segments.*.conversionPerWeek=0.3"], null, 1);

        Assert.Empty(design.Problems(Baseline));
        var point = design.Points[3];
        var scenario = design.Apply(Baseline, point);
        Assert.Equal(0.5, ScenarioParameters.Get(scenario, "policy.serviceEffort"));
        Assert.Equal(12, ScenarioParameters.Get(scenario, "brands.Rival.policy.price"));
        Assert.All(scenario.Segments, s => Assert.Equal(0.3, s.ConversionPerWeek));
        Assert.Equal(ScenarioParameters.Get(Baseline, "policy.price"), ScenarioParameters.Get(scenario, "policy.price"));
    }

    [Fact]
    public void Whole_number_settings_refuse_fractional_values()
    {
        var design = SweepDesign.Create(["network.neighbours=4:6:0.5"], null, 1);

        Assert.Equal(["--vary 'network.neighbours=4:6:0.5': 'network.neighbours' = 4.5 must be a whole number."], design.Problems(Baseline));
    }
}
