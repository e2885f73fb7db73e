using Simulator.Experiments.Calibration;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class PeriodSelectionTests
{
    [Theory]
    [InlineData("1-7", new[] { 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("1, 3,5-6", new[] { 1, 3, 5, 6 })]
    [InlineData("4,2,2-3", new[] { 2, 3, 4 })]
    [InlineData("12", new[] { 12 })]
    public void Ranges_and_single_periods_give_the_sorted_periods(string text, int[] expected)
    {
        Assert.True(PeriodSelection.TryParse(text, out var periods, out var problem), problem);
        Assert.Equal(expected, periods);
    }

    [Theory]
    [InlineData("7-1", "the range '7-1' runs backwards")]
    [InlineData("a", "'a' is not a period or a range of periods")]
    [InlineData("1-", "'1-' is not a period or a range of periods")]
    [InlineData("-3", "'-3' is not a period or a range of periods")]
    [InlineData("", "'' is not a period or a range of periods")]
    public void A_bad_selection_says_what_is_wrong(string text, string expected)
    {
        Assert.False(PeriodSelection.TryParse(text, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Periods_are_written_back_as_ranges()
    {
        Assert.Equal("1-3,5,8-9", PeriodSelection.Format([9, 1, 2, 3, 5, 8]));
    }
}
