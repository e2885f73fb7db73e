using Simulator.Experiments.Calibration;
using Simulator.Experiments.Data;
using Xunit;

namespace Simulator.Experiments.Tests.Data;

public class CsvRecordsTests
{
    [Fact]
    public void Crlf_line_ends_leave_no_carriage_return_in_the_last_field()
    {
        var records = CsvRecords.Read("a,b\r\n1,2\r\n");

        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.All(records, r => Assert.True(r.Complete));
    }

    [Fact]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks_and_lines_are_counted_through_them()
    {
        var records = CsvRecords.Read("name,note\n\"Rival, Inc.\",\"said \"\"no\"\"\nand left\"\nlast,x\n");

        Assert.Equal(["Rival, Inc.", "said \"no\"\nand left"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void Comments_are_skipped_but_counted_as_lines_and_a_line_cut_short_is_marked()
    {
        var records = CsvRecords.Read("# source: a study\nperiod,percent_surviving\n\n# a note\n1,63.1\n2,5");

        Assert.Equal([2, 3, 5, 6], records.Select(r => r.Line));
        Assert.True(records[1].IsBlank);
        Assert.False(records[^1].Complete);
        Assert.True(records[^2].Complete);
    }

    [Fact]
    public void A_retention_table_with_crlf_line_ends_and_quoted_values_reads_like_the_plain_one()
    {
        var plain = RetentionTableReader.Parse("# Fader & Hardie\nperiod,percent_surviving\n0,100\n1,63.1\n2,46.8\n", "plain.csv");
        var windows = RetentionTableReader.Parse("# Fader & Hardie\r\nperiod,percent_surviving\r\n0,100\r\n\"1\",\"63.1\"\r\n2,46.8\r\n", "windows.csv");

        Assert.Equal(plain.Points.Select(p => (p.Period, p.PercentSurviving, p.Line)), windows.Points.Select(p => (p.Period, p.PercentSurviving, p.Line)));
    }

    [Fact]
    public void A_bad_row_is_reported_on_its_own_line_after_comments_and_quoted_line_breaks()
    {
        var error = Assert.Throws<RetentionTableException>(() => RetentionTableReader.Parse("# a\n# b\nperiod,percent_surviving\n0,100\n1,\"6\n3\"\n2,x\n", "t.csv"));

        Assert.Contains(error.Errors, e => e.StartsWith("t.csv:5: percent_surviving '6\n3'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("t.csv:7: percent_surviving 'x'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indented_comment_in_a_retention_table_is_still_a_comment()
    {
        var table = RetentionTableReader.Parse("  # Fader & Hardie (2007), regular customers\nperiod,percent_surviving\n  # year 0 is acquisition\n0,100\n1,63.1\n", "t.csv");

        Assert.Equal([(0, 4), (1, 5)], table.Points.Select(p => (p.Period, p.Line)));
    }
}
