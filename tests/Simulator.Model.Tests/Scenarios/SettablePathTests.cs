using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

public class SettablePathTests
{
    private static readonly Scenario Baseline = ShippedScenarios.Load("baseline");

    [Fact]
    public void Every_setting_of_every_registry_is_listed_once_with_its_value_and_a_plausible_range_inside_its_range()
    {
        var paths = ScenarioParameters.All(Baseline);

        Assert.Equal(paths.Count, paths.Select(p => p.Path).Distinct().Count());
        Assert.All(ModelParameters.Specs, s => Assert.Contains(paths, p => p.Path == "model." + s.Name));
        Assert.All(MarketParameters.Specs, s => Assert.Contains(paths, p => p.Path == "market." + s.Name));
        Assert.Equal(Baseline.Brands.Count * (Model.Brands.PolicyLevers.All.Count + 2), paths.Count(p => p.Path.StartsWith("brands.", StringComparison.Ordinal)));
        Assert.All(paths, p =>
        {
            Assert.Equal(ScenarioParameters.Get(Baseline, p.Path), p.Value);
            Assert.InRange(p.PlausibleMin, p.Min, p.Max);
            Assert.InRange(p.PlausibleMax, p.PlausibleMin, p.Max);
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Path + " has no source");
        });
    }

    [Fact]
    public void Every_parameter_has_a_plausible_range_around_its_default_with_a_reason()
    {
        foreach (var spec in Model.Brands.PolicyLevers.All.Concat(ModelParameters.Specs).Concat(MarketParameters.Specs).Concat(SegmentSpec.Specs))
        {
            var (low, high) = spec.Plausible;
            Assert.False(string.IsNullOrWhiteSpace(spec.PlausibleReason), spec.Name + " has no reason for its plausible range");
            Assert.True(low <= spec.Default && spec.Default <= high, $"{spec.Name}: default {spec.Default} outside its plausible range {low} to {high}");
            Assert.True(spec.Min <= low && high <= spec.Max, $"{spec.Name}: plausible range {low} to {high} outside its range {spec.Min} to {spec.Max}");
        }
    }

    [Fact]
    public void Every_listed_path_can_be_set_to_its_plausible_ends()
    {
        foreach (var p in ScenarioParameters.All(Baseline))
        {
            foreach (var value in new[] { p.PlausibleMin, p.PlausibleMax })
            {
                var changed = ScenarioParameters.With(Baseline, p.Path, value);
                Assert.Equal(value, ScenarioParameters.Get(changed, p.Path));
            }
        }
    }

    [Theory]
    [InlineData("model.effortEase")]
    [InlineData("model.creepiness")]
    [InlineData("model.recommendationTrustSignal")]
    [InlineData("model.solvedServicePerformance")]
    [InlineData("model.answeredFeedbackDelight")]
    [InlineData("model.satisfactionSlope")]
    [InlineData("model.recommendBase")]
    [InlineData("model.feeBurdenWeight")]
    [InlineData("model.forgivenessWeight")]
    [InlineData("model.priceBurdenWeight")]
    [InlineData("model.recommendTalkBase")]
    [InlineData("model.serviceEffortWeight")]
    public void A_coefficient_that_was_a_literal_moves_the_results_when_set_within_its_plausible_range(string path)
    {
        var scenario = ScenarioParameters.With(Baseline.WithRun(customers: 600, weeks: 30, burnInWeeks: 10), "brands.*.policy.terminationFeeWeeks", 8);
        scenario = ScenarioParameters.With(scenario, "brands.*.policy.contractWeeks", 52);
        scenario = ScenarioParameters.With(scenario, "brands.*.policy.tailoredOffers", 1);
        // Effort away from its midpoint, so that the ease it buys (or costs) shows.
        scenario = ScenarioParameters.With(scenario, "brands.*.policy.serviceEffort", 0.8);
        var spec = ScenarioParameters.All(scenario).Single(p => p.Path == path);

        var low = new ReferenceEngine().Run(ScenarioParameters.With(scenario, path, spec.PlausibleMin));
        var high = new ReferenceEngine().Run(ScenarioParameters.With(scenario, path, spec.PlausibleMax));

        Assert.False(low.SameNumbersAs(high), $"{path} at {spec.PlausibleMin} and {spec.PlausibleMax} gave the same run");
    }
}
