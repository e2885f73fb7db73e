using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Reporting.Tests;

public class CsvFormatTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(2.0, "2")]
    [InlineData(0.12345678, "0.123457")]
    [InlineData(-12.25, "-12.25")]
    [InlineData(-0.0000001, "0")]
    [InlineData(1234567.5, "1234567.5")]
    public void Doubles_are_written_with_up_to_six_decimals_and_never_as_negative_zero(double value, string expected) =>
        Assert.Equal(expected, CsvFormat.Number(value));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Undefined_doubles_are_written_as_empty_fields(double value) =>
        Assert.Equal(string.Empty, CsvFormat.Number(value));

    [Fact]
    public void Integers_are_written_as_is() => Assert.Equal("-1234567890123", CsvFormat.Number(-1234567890123L));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "")]
    public void Text_is_quoted_per_rfc_4180_only_when_needed(string value, string expected) =>
        Assert.Equal(expected, CsvFormat.Text(value));
}
