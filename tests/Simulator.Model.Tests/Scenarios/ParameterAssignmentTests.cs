using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

public class ParameterAssignmentTests
{
    [Theory]
    [InlineData("policy.serviceEffort=0.2", "policy.serviceEffort", "0.2")]
    [InlineData("  segments.*.meanNeedWeeks = 20:2000 ", "segments.*.meanNeedWeeks", "20:2000")]
    [InlineData("model.trustGain=0.1,0.2,0.3", "model.trustGain", "0.1,0.2,0.3")]
    [InlineData("a=b=c", "a", "b=c")]
    public void Path_and_value_split_at_the_first_equals_sign(string text, string path, string value) =>
        Assert.Equal(new ParameterAssignment(path, value), ParameterAssignment.TryParse(text));

    [Theory]
    [InlineData("policy.serviceEffort")]
    [InlineData("=0.2")]
    [InlineData("policy.serviceEffort=")]
    [InlineData("policy. serviceEffort=0.2")]
    [InlineData("")]
    public void Text_that_is_not_path_equals_value_is_refused(string text) =>
        Assert.Null(ParameterAssignment.TryParse(text));

    [Theory]
    [InlineData("market.informationLagWeeks=4", 4.0)]
    [InlineData("policy.price=1e-3", 0.001)]
    public void A_number_is_read_in_the_invariant_culture(string text, double expected) =>
        Assert.Equal(expected, ParameterAssignment.TryParseNumber(text)?.Value);

    [Theory]
    [InlineData("policy.price=0,5")]
    [InlineData("policy.price=many")]
    [InlineData("policy.price=NaN")]
    [InlineData("policy.price=1e999")]
    public void Anything_but_a_finite_number_is_not_a_number(string text) =>
        Assert.Null(ParameterAssignment.TryParseNumber(text));
}
