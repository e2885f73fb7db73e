using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Sweeps;
using Xunit;

namespace Simulator.Reporting.Tests.Sweeps;

public class SweepFilesTests
{
    private static readonly SweepDesign Design = SweepDesign.Create(["policy.serviceEffort=0.1:0.5:0.2", "segments.*.conversionPerWeek=0.2,0.4"], null, 42);

    private static SweepRun Run(int point, int replicate, double nps) =>
        new(point, replicate, [0.75, double.NaN, 0.5, nps, 120, 3, 4, 5, 1234.5678901, 800, 300, 500, 40]);

    [Fact]
    public void A_run_is_one_tidy_line_with_the_point_parameters_and_figures()
    {
        Assert.Equal(
            "point,replicate,policy.serviceEffort,segments.*.conversionPerWeek,retention52,retention104,cohort_retention52,final_nps,acquisitions,churn_dissatisfied,churn_switched,churn_need_ended,revenue,customers_at_end,profit,customer_equity,spending\n",
            SweepRunsCsv.Header(Design));
        Assert.Equal("3,1,0.3,0.4,0.75,,0.5,21.5,120,3,4,5,1234.56789,800,300,500,40\n", SweepRunsCsv.Line(Design, Run(3, 1, 21.5)));
    }

    [Fact]
    public void Lines_read_back_as_the_runs_and_a_line_cut_short_is_left_out()
    {
        var text = SweepRunsCsv.Header(Design) + SweepRunsCsv.Line(Design, Run(3, 1, 21.5)) + SweepRunsCsv.Line(Design, Run(0, 0, -4)) + "5,0,0.5,0.4,0.7";

        var runs = SweepRunsCsv.Parse(text, Design, replicates: 2);

        Assert.Equal([(3, 1), (0, 0)], runs.Select(r => (r.Point, r.Replicate)));
        Assert.Equal(21.5, runs[0].Figures[3]);
        Assert.True(double.IsNaN(runs[0].Figures[1]));
        Assert.Equal(1234.56789, runs[0].Figures[8]);
    }

    [Theory]
    [InlineData("point,replicate,x\n", "runs.csv: the header is not this sweep's; expected 'point,replicate,policy.serviceEffort,segments.*.conversionPerWeek,retention52,retention104,cohort_retention52,final_nps,acquisitions,churn_dissatisfied,churn_switched,churn_need_ended,revenue,customers_at_end,profit,customer_equity,spending'.")]
    [InlineData("HEADER9,0,0.1,0.2,0.75,,0.5,21.5,120,3,4,5,1234.5,800,300,500,40\n", "runs.csv line 2: point '9' is not one of this sweep's (0 to 5).")]
    [InlineData("HEADER0,2,0.1,0.2,0.75,,0.5,21.5,120,3,4,5,1234.5,800,300,500,40\n", "runs.csv line 2: replicate '2' is not one of this sweep's (0 to 1).")]
    [InlineData("HEADER0,0,0.3,0.2,0.75,,0.5,21.5,120,3,4,5,1234.5,800,300,500,40\n", "runs.csv line 2: policy.serviceEffort = 0.3, but point 0 of this sweep has 0.1.")]
    [InlineData("HEADER0,0,0.1,0.2,0.75\n", "runs.csv line 2: 5 fields; expected 17.")]
    [InlineData("HEADER0,0,0.1,0.2,0.75,,0.5,lots,120,3,4,5,1234.5,800,300,500,40\n", "runs.csv line 2: final_nps 'lots' is not a number.")]
    public void A_runs_file_of_another_sweep_is_refused_naming_the_line(string text, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => SweepRunsCsv.Parse(text.Replace("HEADER", SweepRunsCsv.Header(Design), StringComparison.Ordinal), Design, 2));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_whole_file_is_sorted_by_point_and_replicate_with_each_run_once()
    {
        var text = SweepRunsCsv.Text(Design, [Run(2, 1, 3), Run(0, 1, 2), Run(2, 0, 1), Run(0, 1, 9)]);

        Assert.Equal(
            [SweepRunsCsv.Header(Design).TrimEnd('\n'), "0,1,0.1,0.2,0.75,,0.5,2,120,3,4,5,1234.56789,800,300,500,40", "2,0,0.3,0.2,0.75,,0.5,1,120,3,4,5,1234.56789,800,300,500,40", "2,1,0.3,0.2,0.75,,0.5,3,120,3,4,5,1234.56789,800,300,500,40", ""],
            text.Split('\n'));
    }

    [Fact]
    public void The_journal_drops_a_line_cut_short_and_appends_after_the_complete_ones()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, SweepRunsCsv.FileName);
        File.WriteAllText(path, SweepRunsCsv.Header(Design) + SweepRunsCsv.Line(Design, Run(1, 0, 5)) + "4,1,0.5,0.2,0.");

        using (var journal = SweepJournal.Open(path, Design, 2))
        {
            Assert.Equal([(1, 0)], journal.Finished.Select(r => (r.Point, r.Replicate)));
            journal.Append(Run(4, 1, 6));
        }

        Assert.Equal(
            SweepRunsCsv.Header(Design) + SweepRunsCsv.Line(Design, Run(1, 0, 5)) + SweepRunsCsv.Line(Design, Run(4, 1, 6)),
            File.ReadAllText(path));
    }

    [Fact]
    public void A_new_journal_starts_with_the_header()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, SweepRunsCsv.FileName);

        using (var journal = SweepJournal.Open(path, Design, 1))
        {
            Assert.Empty(journal.Finished);
        }

        Assert.Equal(SweepRunsCsv.Header(Design), File.ReadAllText(path));
    }

    [Fact]
    public void Points_have_the_mean_and_t_interval_of_each_figure_over_replicates()
    {
        var points = SweepPointSummary.Of(Design, [Run(0, 0, 10), Run(0, 1, 20), Run(1, 0, 7)]);

        Assert.Equal(6, points.Count);
        var nps = SweepFigures.ByOutcome("nps");
        Assert.Equal(2, points[0].Replicates);
        Assert.Equal(15, points[0].Of(nps).Mean);
        Assert.Equal(15 - (12.706204736174707 * 5), points[0].Of(nps).Lower, 9);
        Assert.Equal(7, points[1].Of(nps).Mean);
        Assert.True(double.IsNaN(points[1].Of(nps).Lower));
        Assert.Equal(0, points[2].Replicates);
        Assert.True(double.IsNaN(points[2].Of(nps).Mean));

        var csv = SweepPointsCsv.Text(Design, points).Split('\n');
        Assert.StartsWith("point,policy.serviceEffort,segments.*.conversionPerWeek,replicates,retention52_mean,retention52_ci_low,retention52_ci_high,retention104_mean,", csv[0]);
        Assert.StartsWith("0,0.1,0.2,2,0.75,0.75,0.75,,,,0.5,0.5,0.5,15,-48.531024,78.531024,120,", csv[1]);
        Assert.StartsWith("1,0.1,0.4,1,0.75,,,,,,0.5,,,7,,,120,", csv[2]);
    }

    [Fact]
    public void The_outcomes_are_the_charted_figures_and_the_default_fits_the_run_length()
    {
        Assert.Equal(["retention52", "retention104", "cohortRetention52", "nps", "acquisitions", "revenue", "customersAtEnd", "profit", "equity", "spending"], SweepFigures.OutcomeNames);
        Assert.Equal("retention104", SweepFigures.DefaultOutcome(104));
        Assert.Equal("retention52", SweepFigures.DefaultOutcome(60));
        Assert.Equal("nps", SweepFigures.DefaultOutcome(10));
    }
}
