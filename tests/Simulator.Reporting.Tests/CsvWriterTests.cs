using System.Globalization;
using Simulator.Model.Customers;
using Simulator.Model.Metrics;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Reporting.Tests;

public class CsvWriterTests
{
    private const string MetricsHeader =
        "replicate,week,brand,segment,prospects,aware,considering,onboarding,active,churned,customers,acquisitions,win_backs," +
        "churn_dissatisfied,churn_switched,churn_need_ended,trapped,promoters,passives,detractors,nps,survey_responses,survey_promoters,survey_detractors,wom_positive,wom_negative," +
        "complaints,revenge_acts,feedback_requested,feedback_given,feedback_acted,process_knowledge,incidents,service_contacts,problems_resolved," +
        "with_open_problem,mean_trust,mean_satisfaction,mean_anger,mean_joy,mean_expectation,revenue,termination_fees," +
        "acquisition_cost,service_cost,lever_cost,unit_cost,profit,ad_impressions,marketing_contacts";

    [Fact]
    public void Metrics_csv_has_the_exact_header_and_unix_line_ends()
    {
        var text = MetricsCsvWriter.ToText(ResultFixture.Baseline);
        Assert.StartsWith(MetricsHeader + "\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_csv_has_one_row_per_replicate_week_brand_and_segment_plus_all()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(MetricsCsvWriter.ToText(result));
        var s = result.Scenario;
        Assert.Equal(1 + (s.Replicates * s.Weeks * s.Brands.Count * (s.Segments.Count + 1)), records.Count);
        Assert.All(records, r => Assert.Equal(MetricsCsvWriter.ColumnNames.Count, r.Count));
    }

    [Fact]
    public void Metrics_csv_rows_follow_the_metrics_table_order_with_all_first()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(MetricsCsvWriter.ToText(result)).Skip(1).ToList();
        var rows = MetricsTable.Rows(result).ToList();
        Assert.Equal(rows.Count, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].Replicate.ToString(CultureInfo.InvariantCulture), records[i][0]);
            Assert.Equal(rows[i].Week.ToString(CultureInfo.InvariantCulture), records[i][1]);
            Assert.Equal(rows[i].Brand, records[i][2]);
            Assert.Equal(rows[i].Segment, records[i][3]);
        }

        Assert.Equal(MetricsTable.AllSegments, records[0][3]);
    }

    [Fact]
    public void Metrics_csv_nps_and_customers_equal_the_metrics_row_values()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(MetricsCsvWriter.ToText(result));
        var header = records[0];
        var nps = header.IndexOf("nps");
        var customers = header.IndexOf("customers");
        var trust = header.IndexOf("mean_trust");
        var rows = MetricsTable.Rows(result).ToList();

        // Week 10 of replicate 1, focal brand, all segments.
        var index = rows.FindIndex(r => r.Replicate == 1 && r.Week == 10 && r.Brand == result.Scenario.Brands[0].Name && r.Segment == "all");
        var row = rows[index];
        var record = records[index + 1];
        Assert.Equal(row.Nps.ToString("0.######", CultureInfo.InvariantCulture), record[nps]);
        Assert.Equal((row.Onboarding + row.Active).ToString(CultureInfo.InvariantCulture), record[customers]);
        Assert.Equal(row.MeanTrust.ToString("0.######", CultureInfo.InvariantCulture), record[trust]);
        Assert.True(row.Customers > 0, "the focal brand should have customers in week 10");
    }

    [Fact]
    public void The_same_result_gives_byte_identical_csv_files()
    {
        var again = ResultFixture.Run(ResultFixture.Load("baseline.json"));
        Assert.Equal(MetricsCsvWriter.ToText(ResultFixture.Baseline), MetricsCsvWriter.ToText(again));
        Assert.Equal(TouchpointsCsvWriter.ToText(ResultFixture.Baseline), TouchpointsCsvWriter.ToText(again));
        Assert.Equal(CohortsCsvWriter.ToText(ResultFixture.Baseline), CohortsCsvWriter.ToText(again));
    }

    [Fact]
    public void Brand_and_segment_names_with_commas_quotes_and_line_breaks_are_escaped()
    {
        var result = ResultFixture.AwkwardNames;
        foreach (var text in new[] { MetricsCsvWriter.ToText(result), TouchpointsCsvWriter.ToText(result), CohortsCsvWriter.ToText(result) })
        {
            Assert.Contains("\"Acme, \"\"Best\"\" Co\"", text, StringComparison.Ordinal);
            var records = CsvParser.Parse(text);
            var width = records[0].Count;
            Assert.All(records, r => Assert.Equal(width, r.Count));
            Assert.Contains(records, r => r.Contains(ResultFixture.AwkwardBrand) && r.Contains(ResultFixture.AwkwardSegment));
        }
    }

    [Fact]
    public void Touchpoints_csv_has_the_exact_header_and_one_row_per_kind()
    {
        var result = ResultFixture.Baseline;
        var text = TouchpointsCsvWriter.ToText(result);
        Assert.StartsWith("replicate,week,brand,segment,touchpoint,initiator,count,mean_gap,anger_caused,mean_anger\n", text, StringComparison.Ordinal);
        var records = CsvParser.Parse(text);
        var s = result.Scenario;
        Assert.Equal(1 + (s.Replicates * s.Weeks * s.Brands.Count * (s.Segments.Count + 1) * TouchpointKinds.Count), records.Count);
        Assert.Equal(TouchpointKinds.All.Select(TouchpointKinds.NameOf), records.Skip(1).Take(TouchpointKinds.Count).Select(r => r[4]));
        Assert.Contains(records, r => r[4] == "product_use" && r[5] == "customer");
        Assert.Contains(records, r => r[4] == "billing" && r[5] == "brand");
    }

    [Fact]
    public void Touchpoints_csv_counts_add_up_over_segments_and_means_are_empty_without_touchpoints()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(TouchpointsCsvWriter.ToText(result)).Skip(1).ToList();
        var groups = records.GroupBy(r => (r[0], r[1], r[2], r[4]));
        foreach (var g in groups)
        {
            var all = long.Parse(g.Single(r => r[3] == "all")[6], CultureInfo.InvariantCulture);
            var bySegment = g.Where(r => r[3] != "all").Sum(r => long.Parse(r[6], CultureInfo.InvariantCulture));
            Assert.Equal(all, bySegment);
        }

        Assert.All(records.Where(r => r[6] == "0"), r => Assert.Equal(string.Empty, r[7]));
        Assert.Contains(records, r => r[6] != "0" && r[7].Length > 0);
    }

    [Fact]
    public void Cohorts_csv_has_the_exact_header_and_starts_with_the_initial_cohort()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(CohortsCsvWriter.ToText(result));
        Assert.Equal("replicate,brand,segment,cohort,week,customers,acquired,retention,clv", string.Join(',', records[0]));
        var first = records[1];
        Assert.Equal(["0", result.Scenario.Brands[0].Name, "all", "initial", "0"], first.Take(5));
        var headlines = Headlines.Of(result, 0, 0);
        Assert.Equal(headlines.CustomersAtStart.ToString(CultureInfo.InvariantCulture), first[6]);
    }

    [Fact]
    public void Cohorts_csv_rows_start_at_the_acquisition_week_and_retention_is_customers_over_acquired()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(CohortsCsvWriter.ToText(result)).Skip(1).ToList();
        Assert.Contains(records, r => r[3] != "initial");
        foreach (var r in records)
        {
            var week = int.Parse(r[4], CultureInfo.InvariantCulture);
            if (r[3] != "initial")
            {
                Assert.True(week >= int.Parse(r[3], CultureInfo.InvariantCulture));
            }

            var customers = long.Parse(r[5], CultureInfo.InvariantCulture);
            var acquired = long.Parse(r[6], CultureInfo.InvariantCulture);
            Assert.True(acquired > 0);
            Assert.Equal(CsvFormat.Number((double)customers / acquired), r[7]);
        }

        // A cohort's first row is its size: customers at the end of the acquisition week.
        foreach (var cohort in records.Where(r => r[3] != "initial").GroupBy(r => (r[0], r[1], r[2], r[3])))
        {
            var first = cohort.First();
            Assert.Equal(first[3], first[4]);
            Assert.Equal(first[6], first[5]);
            Assert.Equal("1", first[7]);
        }
    }

    [Fact]
    public void Cohorts_csv_initial_cohort_in_the_last_week_matches_the_headline_figures()
    {
        var result = ResultFixture.Baseline;
        var records = CsvParser.Parse(CohortsCsvWriter.ToText(result)).Skip(1).ToList();
        var focal = result.Scenario.Brands[0].Name;
        var last = records.Single(r => r[0] == "1" && r[1] == focal && r[2] == "all" && r[3] == "initial" && r[4] == (ResultFixture.Weeks - 1).ToString(CultureInfo.InvariantCulture));
        var ticks = result.Replicates[1].Ticks;
        Assert.Equal(ticks[^1].TotalCohort(0, 0).ToString(CultureInfo.InvariantCulture), last[5]);
    }
}
