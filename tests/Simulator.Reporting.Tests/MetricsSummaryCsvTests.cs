using System.Globalization;
using Simulator.Experiments.Statistics;
using Simulator.Model.Metrics;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Reporting.Tests;

public class MetricsSummaryCsvTests
{
    private static readonly string[] NotSummarised = ["replicate", "week", "brand", "segment"];

    [Fact]
    public void Header_has_week_brand_segment_replicates_then_mean_low_high_of_every_numeric_metric()
    {
        var header = CsvParser.Parse(MetricsSummaryCsvWriter.ToText(ReplicateFixture.Three))[0];
        var numeric = MetricsCsvWriter.ColumnNames.Where(c => !NotSummarised.Contains(c)).ToArray();
        Assert.Equal(
            ["week", "brand", "segment", "replicates", .. numeric.SelectMany(c => new[] { c + "_mean", c + "_ci_low", c + "_ci_high" })],
            header);
        Assert.Equal(4 + 3 * 46, header.Count);
        Assert.Equal(header, MetricsSummaryCsvWriter.Columns);
    }

    [Fact]
    public void There_is_one_row_per_week_brand_and_segment_in_metrics_table_order()
    {
        var result = ReplicateFixture.Three;
        var records = CsvParser.Parse(MetricsSummaryCsvWriter.ToText(result));
        var scenario = result.Scenario;
        Assert.Equal(1 + ReplicateFixture.Weeks * scenario.Brands.Count * (scenario.Segments.Count + 1), records.Count);

        // The keys are those of replicate 0 in metrics.csv, in the same order.
        var expected = MetricsTable.Rows(result).Where(r => r.Replicate == 0).Select(r => (Week: r.Week.ToString(CultureInfo.InvariantCulture), r.Brand, r.Segment));
        Assert.Equal(expected, records.Skip(1).Select(f => (Week: f[0], Brand: f[1], Segment: f[2])));
        Assert.All(records.Skip(1), f => Assert.Equal("3", f[3]));
    }

    [Fact]
    public void A_cell_is_the_mean_and_t_interval_of_the_replicates_values_in_metrics_csv()
    {
        var result = ReplicateFixture.Three;
        var focal = result.Scenario.Brands[0].Name;
        var segment = result.Scenario.Segments[1].Name;
        var metrics = CsvParser.Parse(MetricsCsvWriter.ToText(result));
        var summary = CsvParser.Parse(MetricsSummaryCsvWriter.ToText(result));

        var values = metrics.Skip(1)
            .Where(f => f[1] == "5" && f[2] == focal && f[3] == segment)
            .Select(f => double.Parse(f[metrics[0].IndexOf("customers")], CultureInfo.InvariantCulture))
            .ToArray();
        Assert.Equal(3, values.Length);

        // By hand: mean ± t(0.975, 2) · s / √3. With 2 degrees of freedom P(T <= t) = 1/2 + t / (2√(2 + t²)),
        // so t(0.975, 2) = √(2 · 0.95² / (1 - 0.95²)) = 4.3026527...
        var mean = values.Average();
        var s = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / 2);
        var t = Math.Sqrt(2 * 0.95 * 0.95 / (1 - 0.95 * 0.95));
        Assert.Equal(4.3026527, t, 7);
        var half = t * s / Math.Sqrt(3);
        var interval = Interval.Of(values);
        Assert.Equal(mean, interval.Mean, 12);
        Assert.Equal(mean - half, interval.Lower, 9);
        Assert.Equal(mean + half, interval.Upper, 9);
        Assert.True(half > 0, "the replicates should differ");

        var row = summary.Single(f => f[0] == "5" && f[1] == focal && f[2] == segment);
        string Field(string column) => row[summary[0].IndexOf(column)];
        Assert.Equal(CsvFormat.Number(interval.Mean), Field("customers_mean"));
        Assert.Equal(CsvFormat.Number(interval.Lower), Field("customers_ci_low"));
        Assert.Equal(CsvFormat.Number(interval.Upper), Field("customers_ci_high"));
    }

    [Fact]
    public void Every_summarised_value_matches_interval_of_over_metrics_csv()
    {
        var result = ReplicateFixture.Three;
        var metrics = CsvParser.Parse(MetricsCsvWriter.ToText(result));
        var byKey = metrics.Skip(1).ToLookup(f => (f[1], f[2], f[3]));
        var rows = MetricsSummaryCsvWriter.Rows(result).ToList();
        Assert.All(rows, row =>
        {
            var replicates = byKey[(row.Week.ToString(CultureInfo.InvariantCulture), row.Brand, row.Segment)].ToArray();
            Assert.Equal(3, replicates.Length);
            foreach (var column in MetricsSummaryCsvWriter.SummarisedColumns)
            {
                var index = metrics[0].IndexOf(column);
                var expected = Interval.Of(replicates.Select(f => double.Parse(f[index], CultureInfo.InvariantCulture)));
                Assert.Equal(expected, row[column]);
            }
        });
    }

    [Fact]
    public void With_one_replicate_the_interval_fields_are_empty_and_the_mean_is_the_value()
    {
        var result = ReplicateFixture.One;
        var records = CsvParser.Parse(MetricsSummaryCsvWriter.ToText(result));
        var header = records[0];
        var metrics = CsvParser.Parse(MetricsCsvWriter.ToText(result));
        Assert.Equal(metrics.Count, records.Count);
        for (var r = 1; r < records.Count; r++)
        {
            Assert.Equal("1", records[r][3]);
            foreach (var column in MetricsSummaryCsvWriter.SummarisedColumns)
            {
                Assert.Equal(metrics[r][metrics[0].IndexOf(column)], records[r][header.IndexOf(column + "_mean")]);
                Assert.Equal(string.Empty, records[r][header.IndexOf(column + "_ci_low")]);
                Assert.Equal(string.Empty, records[r][header.IndexOf(column + "_ci_high")]);
            }
        }
    }

    [Fact]
    public void Weeks_reached_by_fewer_replicates_are_summarised_over_those_that_reached_them()
    {
        var result = ReplicateFixture.ThreeStoppedAfter(ReplicateFixture.Weeks, ReplicateFixture.Weeks, 5);
        var rows = MetricsSummaryCsvWriter.Rows(result).ToList();
        Assert.Equal(ReplicateFixture.Weeks, rows.Max(r => r.Week) + 1);
        Assert.All(rows, r => Assert.Equal(r.Week < 5 ? 3 : 2, r.Replicates));
        Assert.All(rows, r => Assert.Equal(r.Replicates, r["customers"].Count));
    }

    [Fact]
    public void An_unknown_column_is_refused_by_name() =>
        Assert.Contains("'no_such'", Assert.Throws<ArgumentException>(() => MetricsSummaryCsvWriter.Rows(ReplicateFixture.One).First()["no_such"]).Message, StringComparison.Ordinal);
}
