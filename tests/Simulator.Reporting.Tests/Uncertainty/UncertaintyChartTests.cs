using OxyPlot.Series;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Experiments.Uncertainty;
using Simulator.Reporting.Sensitivity;
using Simulator.Reporting.Uncertainty;
using Xunit;

namespace Simulator.Reporting.Tests.Uncertainty;

public class UncertaintyChartTests
{
    private static readonly SensitivityParameter[] Parameters =
    [
        new("model.trustGain", 0, 1, 0.5, false),
        new("segments.mainstream.conversionPerWeek", 0, 2, 1, false),
        new("brands.Rival.policy.price", 5, 15, 10, false),
    ];

    [Fact]
    public void Each_method_draws_one_marker_or_bar_per_parameter_and_the_tornado_centres_on_the_scenario()
    {
        var outcome = SweepFigures.ByOutcome("nps");
        var morris = SensitivityDesign.Create(SensitivityMethod.Morris, Parameters, 4, 4, 1);
        var means = morris.Sweep.Points.Select(p => p.Values[0] + 2 * p.Values[1]).ToArray();
        var result = SensitivityAnalysis.Analyse(morris, means, outcome);

        var charts = SensitivityCharts.Build(morris, result, "test");

        Assert.Equal(["morris-final_nps", "tornado-final_nps"], charts.Select(c => c.Name));
        Assert.Equal(3, charts[0].Model.Series.OfType<ScatterSeries>().Single().Points.Count);
        var tornado = charts[1].Model.Series.OfType<RectangleBarSeries>().ToArray();
        Assert.Equal(3, tornado[0].Items.Count);
        Assert.All(tornado.SelectMany(s => s.Items), i => Assert.Equal(result.Base, i.X0, 12));
        // The largest swing on the top row (row 2): conversion from 0 to 2 moves 0.5 + 2 x 1 = 2.5 to 0.5 and 4.5.
        Assert.Equal([0.5, 4.5], tornado.SelectMany(s => s.Items).Where(i => i.Y0 > 1.5).Select(i => i.X1).Order());

        var sobol = SensitivityDesign.Create(SensitivityMethod.Sobol, Parameters, 16, 4, 1);
        var sobolResult = SensitivityAnalysis.Analyse(sobol, [.. sobol.Sweep.Points.Select(p => p.Values[0] + 2 * p.Values[1])], outcome);
        var bars = SensitivityCharts.Build(sobol, sobolResult, "test")[0];
        Assert.Equal("sobol-final_nps", bars.Name);
        Assert.All(bars.Model.Series.OfType<RectangleBarSeries>(), s => Assert.Equal(3, s.Items.Count));
        Assert.Equal("Rival.price", SensitivityCharts.ShortName("brands.Rival.policy.price"));
        Assert.Equal("mainstream.conversionPerWeek", SensitivityCharts.ShortName("segments.mainstream.conversionPerWeek"));
    }

    [Fact]
    public void The_histogram_counts_every_set_once_wins_and_losses_apart_and_ties_at_zero()
    {
        double[] differences = [-3, -1, -0.5, 0, 0, 0.2, 1, 2.5, 4, 4];
        var figure = new RobustFigure(1, HeadlineFigures.FinalNps, differences, Proportion.Of(5, 10), 0, 0, []);
        var row = new RobustRow("A", "B", figure);

        var chart = Assert.Single(RobustCharts.Build(row, "test"));

        var series = chart.Model.Series.OfType<RectangleBarSeries>().ToArray();
        Assert.Equal(("B higher", "A higher", "no difference"), (series[0].Title, series[1].Title, series[2].Title));
        Assert.Equal(5, series[0].Items.Sum(i => i.Y1));
        Assert.Equal(3, series[1].Items.Sum(i => i.Y1));
        Assert.Equal(2, series[2].Items.Sum(i => i.Y1));
        Assert.All(series[0].Items, i => Assert.True(i.X0 >= 0));
        Assert.All(series[1].Items, i => Assert.True(i.X1 <= 0));
        Assert.Equal("difference-final_nps-B", chart.Name);
    }
}
