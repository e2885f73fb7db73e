using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

public class ScenarioParametersTests
{
    private static readonly Scenario Baseline = ShippedScenarios.Load("baseline");

    [Theory]
    [InlineData("policy.serviceEffort", 0.2)]
    [InlineData("brands.Rival.policy.price", 12)]
    [InlineData("brands.Focal.initialShare", 0.3)]
    [InlineData("model.trustGain", 0.2)]
    [InlineData("market.referencePrice", 11)]
    [InlineData("segments.mainstream.conversionPerWeek", 0.5)]
    [InlineData("segments.bargain-hunters.share", 0.4)]
    [InlineData("network.neighbours", 6)]
    [InlineData("network.rewiring", 0.3)]
    public void A_setting_can_be_changed_and_read_back_by_its_path(string path, double value)
    {
        var changed = ScenarioParameters.With(Baseline, path, value);
        Assert.Equal(value, ScenarioParameters.Get(changed, path));
        Assert.NotEqual(value, ScenarioParameters.Get(Baseline, path));
    }

    [Fact]
    public void Policy_without_a_brand_means_the_focal_brand_and_a_star_means_every_one()
    {
        var focal = ScenarioParameters.With(Baseline, "policy.price", 13);
        Assert.Equal(13, focal.Brands[0].Policy.Price);
        Assert.Equal(10, focal.Brands[1].Policy.Price);

        var all = ScenarioParameters.With(Baseline, "segments.*.conversionPerWeek", 0.4);
        Assert.All(all.Segments, s => Assert.Equal(0.4, s.ConversionPerWeek));
    }

    [Theory]
    [InlineData("policy.serviceEfort", 0.2, "unknown name 'serviceEfort'; allowed: acquisitionFocus")]
    [InlineData("policy.serviceEffort", 1.5, "'policy.serviceEffort' = 1.5 is out of range; allowed: 0 to 1.")]
    [InlineData("brands.Nobody.policy.price", 1, "no brand 'Nobody'; allowed: Focal, Rival, *.")]
    [InlineData("colour", 1, "'colour' is not a scenario setting; allowed: policy.LEVER")]
    [InlineData("network.neighbours", 2.5, "must be a whole number")]
    public void A_bad_path_or_value_is_refused_with_what_is_allowed(string path, double value, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => ScenarioParameters.With(Baseline, path, value));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void The_range_of_a_setting_comes_from_its_specification()
    {
        Assert.Equal((0.0, 1000.0), ScenarioParameters.RangeOf(Baseline, "policy.price"));
        Assert.Equal((1.0, 10.0), ScenarioParameters.RangeOf(Baseline, "model.trustLossRatio"));
    }
}
