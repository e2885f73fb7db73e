using OxyPlot;
using OxyPlot.Series;
using Simulator.Model.Engine;
using Simulator.Reporting.Charts;
using Xunit;

namespace Simulator.Reporting.Tests;

public class ChartBandTests
{
    private static readonly string[] Banded = ["customers", "retention", "advocacy", "feelings", "segments"];

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
