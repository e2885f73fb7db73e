using OxyPlot;
using OxyPlot.Series;
using Simulator.Model.Engine;
using Simulator.Reporting.Charts;
using Xunit;

namespace Simulator.Reporting.Tests;

public class ChartBandTests
{
    // The pooled retention curve needs more acquisitions than these small runs make: it has its own test below.
    private static readonly string[] Banded = ["customers", "advocacy", "feelings", "segments"];

    private static PlotModel Build(string chart, SimulationResult result) => ChartRenderer.Charts.Single(c => c.Name == chart).Build(result);

    private static List<AreaSeries> Bands(PlotModel model) =>
        model.Series.OfType<AreaSeries>().Where(s => ChartStyle.BandTag.Equals(s.Tag)).ToList();

    [Theory]
    [MemberData(nameof(BandedCharts))]
    public void Week_by_week_lines_of_means_get_a_band_with_several_replicates(string chart)
    {
        var model = Build(chart, ReplicateFixture.Three);
        var bands = Bands(model);
        Assert.NotEmpty(bands);
        Assert.Contains("mean of 3 replicates, 95% CI band", model.Subtitle, StringComparison.Ordinal);

        // Behind every line, translucent, in the colour of a line, out of the legend.
        var lines = model.Series.OfType<LineSeries>().Where(s => s is not AreaSeries).ToList();
        Assert.True(bands.Max(model.Series.IndexOf) < lines.Min(model.Series.IndexOf), "bands are drawn before (behind) the lines");
        Assert.All(bands, b =>
        {
            Assert.Equal(ChartStyle.BandAlpha, b.Fill.A);
            Assert.Contains(lines, l => l.Color.R == b.Fill.R && l.Color.G == b.Fill.G && l.Color.B == b.Fill.B);
            Assert.False(b.RenderInLegend);
            Assert.All(b.Points.Zip(b.Points2), p => Assert.True(p.First.Y >= p.Second.Y));
        });
    }

    [Theory]
    [MemberData(nameof(BandedCharts))]
    public void One_replicate_charts_have_no_band_and_say_one_replicate(string chart)
    {
        var model = Build(chart, ReplicateFixture.One);
        Assert.DoesNotContain(model.Series, s => s is AreaSeries);
        Assert.Contains("1 replicate", model.Subtitle, StringComparison.Ordinal);
        Assert.DoesNotContain("CI", model.Subtitle, StringComparison.Ordinal);
    }

    [Fact]
    public void The_band_spans_the_95_percent_interval_of_the_replicates_each_week()
    {
        var result = ReplicateFixture.Three;
        var model = RunCharts.Customers(result);
        var focalBand = Bands(model)[0];
        var expected = ChartData.WeeklyIntervals(result, 0, -1, r => r.Customers);
        Assert.Equal(ReplicateFixture.Weeks, focalBand.Points.Count);
        for (var week = 0; week < ReplicateFixture.Weeks; week++)
        {
            Assert.Equal(expected[week].Upper, focalBand.Points[week].Y, 9);
            Assert.Equal(expected[week].Lower, focalBand.Points2[week].Y, 9);
        }

        var focalLine = model.Series.OfType<LineSeries>().First(s => s is not AreaSeries);
        Assert.Equal(expected.Select(i => i.Mean), focalLine.Points.Select(p => p.Y));
    }

    [Fact]
    public void Weeks_with_one_replicate_left_have_no_band()
    {
        var model = RunCharts.Customers(ReplicateFixture.ThreeStoppedAfter(5, 5, ReplicateFixture.Weeks));

        // Weeks 0-4 have three replicates and weeks 5-7 only one: the band stops at week 4.
        Assert.Equal(2, Bands(model).Count);
        Assert.All(Bands(model), b => Assert.Equal([0, 1, 2, 3, 4], b.Points.Select(p => p.X)));
    }

    [Theory]
    [InlineData("nps-mix")]
    [InlineData("stages")]
    [InlineData("journey")]
    public void Stacked_and_bar_charts_get_no_band(string chart)
    {
        var model = Build(chart, ReplicateFixture.Three);
        Assert.Empty(Bands(model));
        Assert.DoesNotContain("CI", model.Subtitle, StringComparison.Ordinal);
    }

    public static TheoryData<string> BandedCharts() => new(Banded);
}

public class PooledRetentionCutTests
{
    [Fact]
    public void The_pooled_retention_curve_stops_where_fewer_than_the_minimum_customers_are_pooled()
    {
        var result = ResultFixture.ManyAcquisitions;
        var ticks = result.Replicates.Select(r => r.Ticks).ToArray();

        var cut = ChartData.CohortSurvivalIntervals(result, 0, RunCharts.MinimumPooledCohort);
        var uncut = ChartData.CohortSurvivalIntervals(result, 0);

        int small = 0, large = 0;
        for (var age = 0; age < cut.Length; age++)
        {
            var pooled = ticks.Select(t => Model.Metrics.Headlines.PooledCohortSize(t, 0, age)).ToArray();
            if (pooled.All(p => p < RunCharts.MinimumPooledCohort))
            {
                small++;
                Assert.True(double.IsNaN(cut[age].Mean), $"age {age}: pooled {string.Join("/", pooled)} yet drawn");
            }
            else if (pooled.All(p => p >= RunCharts.MinimumPooledCohort))
            {
                large++;
                Assert.Equal(uncut[age].Mean, cut[age].Mean, 12);
            }
        }

        // The oldest ages rest on the first weeks' cohorts only: there is something to cut, and the curve was defined there.
        Assert.True(small > 0 && large > 0, $"{small} ages with a small pool, {large} with a large one: the test says nothing");
        Assert.True(double.IsFinite(uncut[^1].Mean));
        var model = ChartRenderer.Charts.Single(c => c.Name == "retention").Build(result);
        Assert.Contains("ages with under 100 pooled customers not drawn", model.Subtitle, StringComparison.Ordinal);
        Assert.Contains(model.Series, s => s is AreaSeries && ChartStyle.BandTag.Equals(s.Tag));
    }

    [Fact]
    public void A_run_too_small_for_any_pooled_cohort_of_the_minimum_draws_no_retention_line()
    {
        var model = RunCharts.Retention(ReplicateFixture.Three);

        Assert.All(model.Series.OfType<LineSeries>(), s => Assert.DoesNotContain(s.Points, p => double.IsFinite(p.Y)));
    }
}
