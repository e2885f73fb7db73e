using Simulator.Experiments.Sweeps;
using Xunit;

namespace Simulator.Experiments.Tests.Sweeps;

public class SweepParameterTests
{
    [Fact]
    public void A_range_includes_both_ends_without_floating_point_drift()
    {
        var parameter = SweepParameter.Parse("policy.serviceEffort=0.1:0.9:0.2");

        Assert.Equal("policy.serviceEffort", parameter.Path);
        Assert.Equal(SweepParameterKind.Range, parameter.Kind);
        Assert.Equal([0.1, 0.3, 0.5, 0.7, 0.9], parameter.Levels);
        Assert.Equal(0.1, parameter.From);
        Assert.Equal(0.9, parameter.To);
        Assert.Equal(0.2, parameter.Step);
    }

    [Fact]
    public void Tenths_from_zero_to_one_are_the_decimal_numbers_and_end_at_exactly_one()
    {
        var levels = SweepParameter.Parse("model.trustGain=0:1:0.1").Levels;

        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], levels);
        Assert.Equal("0.3", DesignPoint.FormatValue(levels[3])); // 0.1 + 0.1 + 0.1 would print 0.30000000000000004
    }

    [Theory]
    [InlineData("p.x=0:1:0.3", new[] { 0, 0.3, 0.6, 0.9 })]
    [InlineData("p.x=8:12:2", new[] { 8.0, 10, 12 })]
    [InlineData("p.x=0.5:0.5:0.1", new[] { 0.5 })]
    [InlineData("p.x=-1:1:0.5", new[] { -1, -0.5, 0, 0.5, 1 })]
    [InlineData("p.x=0.001:0.003:0.001", new[] { 0.001, 0.002, 0.003 })]
    [InlineData("p.x=1e-3:3e-3:1e-3", new[] { 0.001, 0.002, 0.003 })]
    [InlineData("p.x = 0.2 : 0.6 : 0.2", new[] { 0.2, 0.4, 0.6 })]
    public void A_range_steps_from_FROM_while_it_does_not_pass_TO(string spec, double[] expected) =>
        Assert.Equal(expected, SweepParameter.Parse(spec).Levels);

    [Fact]
    public void A_list_keeps_the_order_given()
    {
        var parameter = SweepParameter.Parse("brands.Rival.policy.price=12,8,10.5");

        Assert.Equal(SweepParameterKind.List, parameter.Kind);
        Assert.Equal([12, 8, 10.5], parameter.Levels);
        Assert.Equal(8, parameter.From);
        Assert.Equal(12, parameter.To);
        Assert.Null(parameter.Step);
    }

    [Fact]
    public void One_value_is_a_list_of_one()
    {
        Assert.Equal([0.25], SweepParameter.Parse("segments.*.conversionPerWeek=0.25").Levels);
    }

    [Fact]
    public void A_range_without_a_step_has_bounds_but_no_levels()
    {
        var parameter = SweepParameter.Parse("model.trustGain=0.05:0.3");

        Assert.Empty(parameter.Levels);
        Assert.Null(parameter.Step);
        Assert.Equal((0.05, 0.3), (parameter.From, parameter.To));
    }

    [Theory]
    [InlineData("policy.serviceEffort", "--vary 'policy.serviceEffort': expected PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2).")]
    [InlineData("=0.1:0.9:0.2", "--vary '=0.1:0.9:0.2': expected PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2).")]
    [InlineData("policy.serviceEffort=", "--vary 'policy.serviceEffort=': expected PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2).")]
    [InlineData("policy.serviceEffort=0.9:0.1:0.2", "--vary 'policy.serviceEffort=0.9:0.1:0.2': FROM 0.9 is greater than TO 0.1.")]
    [InlineData("policy.serviceEffort=0.1:0.9:0", "--vary 'policy.serviceEffort=0.1:0.9:0': STEP 0 must be greater than 0.")]
    [InlineData("policy.serviceEffort=0.1:0.9:-0.2", "--vary 'policy.serviceEffort=0.1:0.9:-0.2': STEP -0.2 must be greater than 0.")]
    [InlineData("policy.serviceEffort=0:1:0.00001", "--vary 'policy.serviceEffort=0:1:0.00001': 100,001 values; at most 10,000 allowed.")]
    [InlineData("policy.serviceEffort=0.1:x:0.2", "--vary 'policy.serviceEffort=0.1:x:0.2': 'x' is not a number.")]
    [InlineData("policy.serviceEffort=0.1:0.5:0.2:0.1", "--vary 'policy.serviceEffort=0.1:0.5:0.2:0.1': a range is FROM:TO:STEP.")]
    [InlineData("policy.serviceEffort=0.1,0.5:0.9", "--vary 'policy.serviceEffort=0.1,0.5:0.9': give either a range FROM:TO:STEP or a list v1,v2,..., not both.")]
    [InlineData("policy.serviceEffort=0.1,0.1", "--vary 'policy.serviceEffort=0.1,0.1': the value 0.1 is listed twice.")]
    [InlineData("policy.serviceEffort=0.1,,0.3", "--vary 'policy.serviceEffort=0.1,,0.3': the list has an empty value.")]
    [InlineData("policy.serviceEffort=0.1,NaN", "--vary 'policy.serviceEffort=0.1,NaN': 'NaN' is not a number.")]
    [InlineData("policy.serviceEffort=0.1,Infinity", "--vary 'policy.serviceEffort=0.1,Infinity': 'Infinity' is not a number.")]
    public void A_bad_spec_is_refused_with_what_is_wrong(string spec, string message)
    {
        var e = Assert.Throws<SweepSpecException>(() => SweepParameter.Parse(spec));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_number_too_large_for_exact_steps_is_refused()
    {
        var e = Assert.Throws<SweepSpecException>(() => SweepParameter.Parse("market.referencePrice=0:1e40:1"));
        Assert.Equal("--vary 'market.referencePrice=0:1e40:1': '1e40' is too large.", e.Message);
    }
}
