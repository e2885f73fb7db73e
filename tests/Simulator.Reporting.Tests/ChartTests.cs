using System.Xml.Linq;
using OxyPlot.Series;
using Simulator.Reporting.Charts;
using Xunit;

namespace Simulator.Reporting.Tests;

public class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    [Trait("Category", "Slow")]
    public void Every_chart_is_written_as_png_and_svg()
    {
        using var temp = new TempDirectory();
        var files = ChartRenderer.WriteAll(ResultFixture.StrategyShift, temp.Path);
        Assert.Equal(ChartRenderer.Charts.Count * 2, files.Count);
        foreach (var chart in ChartRenderer.Charts)
        {
            var png = File.ReadAllBytes(Path.Combine(temp.Path, chart.PngFile));
            Assert.True(png.AsSpan().StartsWith(PngSignature), chart.PngFile + " should start with the PNG signature");
            Assert.True(png.Length > 10_000, chart.PngFile + " should not be blank");

            var svg = XDocument.Load(Path.Combine(temp.Path, chart.SvgFile));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value.Length > 0);
        }
    }

    [Fact]
    public void The_charts_asked_for_are_all_there()
    {
        Assert.Equal(
            ["customers", "retention", "advocacy", "nps-mix", "nps-survey", "feelings", "stages", "segments", "journey"],
            ChartRenderer.Charts.Select(c => c.Name));
        Assert.All(ChartRenderer.Charts, c => Assert.False(string.IsNullOrWhiteSpace(c.HowToRead)));
    }

    [Fact]
    public void Every_chart_has_a_title_and_titled_axes()
    {
        foreach (var chart in ChartRenderer.Charts)
        {
            var model = chart.Build(ResultFixture.Baseline);
            Assert.False(string.IsNullOrWhiteSpace(model.Title), chart.Name);
            Assert.NotEmpty(model.Series);
            Assert.All(model.Axes.Where(a => a is not OxyPlot.Axes.CategoryAxis), a => Assert.False(string.IsNullOrWhiteSpace(a.Title), chart.Name));
        }
    }

    [Fact]
    public void Customers_chart_plots_the_mean_over_replicates()
    {
        var result = ResultFixture.Baseline;
        var model = RunCharts.Customers(result);
        var focal = model.Series.OfType<LineSeries>().First(s => s is not AreaSeries); // bands (AreaSeries) come first
        Assert.Equal(ResultFixture.Weeks, focal.Points.Count);
        var week5 = Simulator.Model.Metrics.MetricsTable.Rows(result)
            .Where(r => r.Week == 5 && r.Brand == result.Scenario.Brands[0].Name && r.Segment == "all")
            .Average(r => (double)r.Customers);
        Assert.Equal(week5, focal.Points[5].Y, 9);
    }

    [Fact]
    public void Retention_chart_starts_at_one_hundred_percent()
    {
        var model = RunCharts.Retention(ResultFixture.ManyAcquisitions);
        Assert.All(model.Series.OfType<LineSeries>().Where(s => s is not AreaSeries), s => Assert.Equal(100, s.Points[0].Y, 9));
    }

    [Fact]
    public void Policy_changes_are_marked_on_week_charts()
    {
        var shift = ResultFixture.Load("strategy-shift.json").WithRun(weeks: 60, customers: 100, replicates: 1);
        var model = RunCharts.Feelings(ResultFixture.Run(shift));
        Assert.Contains(model.Annotations, a => a is OxyPlot.Annotations.LineAnnotation { X: 52 });
    }

    [Fact]
    public void The_survey_chart_has_one_point_per_full_quarter_with_its_sampling_interval()
    {
        var scenario = Simulator.Model.Scenarios.ScenarioParameters.With(
            Simulator.Model.Scenarios.ScenarioLoader.Load(ResultFixture.ScenarioPath("baseline.json")).WithRun(customers: 1000, weeks: 30, replicates: 1),
            "model.surveyInvitationRate", 0.5);
        var result = new Simulator.Model.Engine.ReferenceEngine().Run(scenario);
        var model = RunCharts.Survey(result);
        var points = model.Series.OfType<OxyPlot.Series.ScatterErrorSeries>().ToList();
        Assert.Equal(result.Scenario.Brands.Count, points.Count);
        var quarters = result.Replicates[0].Ticks.Count / Simulator.Model.Metrics.Headlines.SurveyWeeks;
        Assert.Equal(quarters, points[0].Points.Count);
        var first = Simulator.Model.Metrics.SurveyEstimate.Of(result.Replicates[0].Ticks.Take(Simulator.Model.Metrics.Headlines.SurveyWeeks), 0);
        Assert.Equal(first.Nps, points[0].Points[0].Y, 9);
        Assert.Equal(first.High - first.Low, points[0].Points[0].ErrorY, 9);
    }

    [Fact]
    public void Stage_layers_stack_to_the_whole_population()
    {
        var model = RunCharts.Stages(ResultFixture.Baseline);
        var top = model.Series.Cast<AreaSeries>().Select(s => s.Points[3].Y).Max();
        Assert.Equal(ResultFixture.Customers, top, 9);
    }

    [Fact]
    public void Charts_of_an_incomplete_run_say_so()
    {
        var model = RunCharts.Customers(ResultFixture.Incomplete);
        Assert.Contains("INCOMPLETE", model.Subtitle, StringComparison.Ordinal);
    }
}
