using Simulator.Experiments.Calibration;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class RetentionTableReaderTests
{
    [Fact]
    public void A_table_with_comments_and_period_zero_is_read_row_by_row()
    {
        var table = RetentionTableReader.Parse("# source: a paper\n\nperiod,percent_surviving\n0,100\n1,80.5\n2,70\n# trailing note\n4,61.25\n", "t.csv");

        Assert.Equal("t.csv", table.Source);
        Assert.Equal([0, 1, 2, 4], table.Periods);
        Assert.Equal([1, 2, 4], table.FittablePeriods);
        Assert.Equal(61.25, table.PercentAt(4));
        Assert.Equal(8, table.Points[3].Line);
        Assert.Equal(4, table.LastPeriod);
    }

    [Fact]
    public void A_table_may_start_at_period_one_with_windows_line_ends_and_spaces()
    {
        var table = RetentionTableReader.Parse("\uFEFFperiod , percent_surviving\r\n1, 90\r\n2 ,85\r\n", "t.csv");

        Assert.Equal([1, 2], table.Periods);
        Assert.Equal(85, table.PercentAt(2));
    }

    [Fact]
    public void The_shipped_Fader_Hardie_tables_hold_the_published_figures()
    {
        var regular = RetentionTableReader.Load(ShippedTables.PathOf("fader-hardie-regular.csv"));
        var highEnd = RetentionTableReader.Load(ShippedTables.PathOf("fader-hardie-high-end.csv"));

        Assert.Equal([100, 63.1, 46.8, 38.2, 32.6, 28.9, 26.2, 24.1, 22.3, 20.7, 19.4, 18.3, 17.3], regular.Points.Select(p => p.PercentSurviving));
        Assert.Equal([100, 86.9, 74.3, 65.3, 59.3, 55.1, 51.7, 49.1, 46.8, 44.5, 42.7, 40.9, 39.4], highEnd.Points.Select(p => p.PercentSurviving));
        Assert.Equal(Enumerable.Range(0, 13), regular.Periods);
    }

    [Theory]
    [InlineData("period,percent\n1,90\n", "t.csv:1: the header is 'period,percent'; allowed: the header period,percent_surviving")]
    [InlineData("period,percent_surviving\n1,90,3\n", "t.csv:2: expected 2 fields, got 3")]
    [InlineData("period,percent_surviving\n1.5,90\n", "t.csv:2: period '1.5' is not a whole number from 0 to 1000; allowed: a whole number from 0 to 1000.")]
    [InlineData("period,percent_surviving\n1,ninety\n", "t.csv:2: percent_surviving 'ninety' is not a number from 0 to 100; allowed: a number from 0 to 100")]
    [InlineData("period,percent_surviving\n1,120\n", "t.csv:2: percent_surviving '120' is not a number from 0 to 100")]
    [InlineData("period,percent_surviving\n0,95\n1,90\n", "t.csv:2: period 0 has percent_surviving 95; allowed: 100 at period 0, the moment of acquisition.")]
    [InlineData("period,percent_surviving\n2,90\n", "t.csv:2: the first period is 2; allowed: 0 (with 100) or 1 as the first period.")]
    [InlineData("period,percent_surviving\n1,90\n3,80\n3,70\n", "t.csv:4: period 3 does not follow period 3 (line 3); allowed: a whole number above 3: periods increase.")]
    [InlineData("period,percent_surviving\n1,80\n2,85\n", "t.csv:3: percent_surviving 85 at period 2 is above 80 at period 1; allowed: 0 to 80: survival cannot rise.")]
    [InlineData("# only a comment\n", "t.csv: no header and no rows")]
    [InlineData("period,percent_surviving\n0,100\n", "t.csv: no row with period 1 or later")]
    public void A_bad_table_is_refused_naming_the_file_the_line_and_what_is_allowed(string text, string expected)
    {
        var e = Assert.Throws<RetentionTableException>(() => RetentionTableReader.Parse(text, "t.csv"));

        Assert.Contains(e.Errors, error => error.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_of_a_table_is_reported_at_once()
    {
        var e = Assert.Throws<RetentionTableException>(() => RetentionTableReader.Parse("period,percent_surviving\n1,x\n2,101\n3,50\n", "t.csv"));

        Assert.Equal(2, e.Errors.Count);
        Assert.StartsWith("t.csv:2:", e.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("t.csv:3:", e.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_name()
    {
        var e = Assert.Throws<RetentionTableException>(() => RetentionTableReader.Load("/no/such/table.csv"));

        Assert.StartsWith("/no/such/table.csv: cannot be read", e.Errors[0], StringComparison.Ordinal);
    }
}
