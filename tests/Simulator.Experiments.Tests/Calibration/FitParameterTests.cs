using Simulator.Experiments.Calibration;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class FitParameterTests
{
    private static readonly Scenario Baseline = ScenarioLoader.Load(ShippedScenarios.PathOf("baseline"));

    [Fact]
    public void A_parameter_starts_at_the_scenarios_value_within_its_allowed_range()
    {
        var p = FitParameter.For(Baseline, "model.reviewRate");

        Assert.Equal(new FitParameter("model.reviewRate", 0.01, 0, 1, ParameterScale.Linear), p);
        Assert.Equal(0.01, p.ToUnit(0.01), 12);
        Assert.Equal(0.25, p.FromUnit(0.25), 12);
    }

    [Fact]
    public void A_range_spanning_orders_of_magnitude_is_searched_on_a_log_scale()
    {
        var p = FitParameter.For(Baseline, "segments.mainstream.meanNeedWeeks");

        Assert.Equal(ParameterScale.Log, p.Scale);
        Assert.Equal((1.0, 10_000.0), (p.Min, p.Max));
        Assert.Equal(100, p.FromUnit(0.5), 9);
        Assert.Equal(0.5, p.ToUnit(100), 12);
    }

    [Fact]
    public void Bounds_narrow_the_search_and_move_the_start_inside_them()
    {
        var p = FitParameter.For(Baseline, "model.reviewRate", (0.02, 0.05));

        Assert.Equal((0.02, 0.05), (p.Min, p.Max));
        Assert.Equal(0.02, p.Start);
    }

    [Theory]
    [InlineData(-0.1, 0.5)]
    [InlineData(0.3, 0.2)]
    [InlineData(0.5, 1.5)]
    public void Bounds_outside_the_allowed_range_are_refused_naming_it(double low, double high)
    {
        var e = Assert.Throws<ArgumentException>(() => FitParameter.For(Baseline, "model.reviewRate", (low, high)));

        Assert.Contains("allowed: LO:HI with 0 <= LO < HI <= 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_setting_is_refused_listing_the_allowed_names()
    {
        var e = Assert.Throws<ArgumentException>(() => FitParameter.For(Baseline, "model.reviewRat"));

        Assert.Contains("reviewRate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_number_setting_is_rounded()
    {
        var p = FitParameter.For(Baseline, "network.neighbours", (2, 20));

        Assert.Equal(11, p.FromUnit(0.5));
        Assert.Equal(2, p.FromUnit(0));
    }
}
