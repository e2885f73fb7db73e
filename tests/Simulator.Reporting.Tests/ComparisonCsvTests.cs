using Simulator.Experiments.Comparison;
using Simulator.Reporting.Comparison;
using Simulator.Tests.Shared;
using Xunit;

namespace Simulator.Reporting.Tests;

public class ComparisonCsvTests
{
    [Fact]
    public void Comparison_csv_has_one_tidy_row_per_figure_and_scenario()
    {
        var text = ComparisonCsvWriter.ToText(ComparisonSamples.Synthetic());

        Assert.Equal(
            "scenario,figure,mean,ci_low,ci_high,difference_mean,difference_ci_low,difference_ci_high,excludes_zero\n" +
            "A,retention_52,53,48.891479,57.108521,,,,\n" +
            "B,retention_52,58,53.315566,62.684434,5,2.749671,7.250329,true\n" +
            "C,retention_52,53.25,49.065154,57.434846,0.25,-2.136835,2.636835,false\n",
            text);
    }

    [Fact]
    public void Undefined_intervals_are_empty_fields_and_names_are_quoted_when_needed()
    {
        var table = ComparisonAnalysis.Analyse(
            [ComparisonSamples.Sample("plain", (0, 1)), ComparisonSamples.Sample("with, comma", (0, 3))],
            [HeadlineFigures.RetentionAt52]);

        var lines = ComparisonCsvWriter.ToText(table).Split('\n');

        Assert.Equal("plain,retention_52,1,,,,,,", lines[1]);
        Assert.Equal("\"with, comma\",retention_52,3,,,2,,,", lines[2]);
    }
}
