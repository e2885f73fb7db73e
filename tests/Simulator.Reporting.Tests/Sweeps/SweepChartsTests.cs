using System.Xml.Linq;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Sweeps;
using Xunit;

namespace Simulator.Reporting.Tests.Sweeps;

public class SweepChartsTests
{
    private static readonly SweepFigure Nps = SweepFigures.ByOutcome("nps");

    private static IReadOnlyList<SweepPointSummary> Points(SweepDesign design) =>
        SweepPointSummary.Of(design, design.Points.SelectMany(p => new[]
        {
            new SweepRun(p.Id, 0, [0.8, 0.7, 0.6, p.Values.Sum() * 10, 10, 1, 2, 3, 100, 50, 300, 500, 40]),
            new SweepRun(p.Id, 1, [0.8, 0.7, 0.6, p.Values.Sum() * 10 + 2, 10, 1, 2, 3, 100, 50, 300, 500, 40]),
        }));

    [Fact]
    public void One_parameter_gives_a_line_with_interval_bars()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.1:0.9:0.2"], null, 1);

        var chart = Assert.Single(SweepCharts.Build(design, Points(design), Nps, "s"));

        Assert.Equal("effect", chart.Name);
        var line = Assert.Single(chart.Model.Series.OfType<LineSeries>());
        Assert.Equal([0.1, 0.3, 0.5, 0.7, 0.9], line.Points.Select(p => p.X));
        Assert.Equal(2, line.Points[0].Y);
        var bars = Assert.Single(chart.Model.Series.OfType<ScatterErrorSeries>());
        Assert.Equal(5, bars.Points.Count);
        Assert.Equal(12.706204736174707, bars.Points[0].ErrorY, 9);
    }

    [Fact]
    public void Two_parameters_of_a_grid_give_a_heat_map_of_the_means_with_a_colour_axis()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.1:0.5:0.2", "policy.firstContactResolution=0.9,0.3"], null, 1);

        var chart = Assert.Single(SweepCharts.Build(design, Points(design), Nps, "s"));

        Assert.Equal("heatmap", chart.Name);
        var heat = Assert.Single(chart.Model.Series.OfType<HeatMapSeries>());
        Assert.Equal(3, heat.Data.GetLength(0));
        Assert.Equal(2, heat.Data.GetLength(1));
        Assert.Equal(5, heat.Data[0, 0], 9); // effort 0.1, resolution 0.3 (levels sorted): 10 x 0.4 + 1
        Assert.Equal(11, heat.Data[0, 1], 9);
        Assert.Equal(15, heat.Data[2, 1], 9);
        Assert.Single(chart.Model.Axes.OfType<LinearColorAxis>());
    }

    [Fact]
    public void Two_parameters_of_a_latin_hypercube_give_a_scatter_coloured_by_the_outcome()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0:1", "model.trustGain=0.05:0.3"], 12, 1);

        var chart = Assert.Single(SweepCharts.Build(design, Points(design), Nps, "s"));

        Assert.Equal("scatter", chart.Name);
        Assert.Equal(12, Assert.Single(chart.Model.Series.OfType<ScatterSeries>()).Points.Count);
    }

    [Fact]
    public void More_parameters_give_one_marginal_effect_chart_each()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.1,0.5", "model.trustGain=0.1,0.2,0.3", "segments.*.conversionPerWeek=0.2,0.4"], null, 1);

        var charts = SweepCharts.Build(design, Points(design), Nps, "s");

        Assert.Equal(["marginal-1-policy.serviceEffort", "marginal-2-model.trustGain", "marginal-3-segments._.conversionPerWeek"], charts.Select(c => c.Name));
        var trust = Assert.Single(charts[1].Model.Series.OfType<LineSeries>());
        Assert.Equal([0.1, 0.2, 0.3], trust.Points.Select(p => p.X));
        // Mean over the 4 points at trustGain 0.1: 10 x (0.1 + 0.1 + mean(0.1, 0.5) + mean(0.2, 0.4)) + 1.
        Assert.Equal(10 * (0.1 + 0.3 + 0.3) + 1, trust.Points[0].Y, 9);
    }

    [Fact]
    public void The_outputs_of_a_finished_sweep_are_written_with_the_charts_embedded_in_the_report()
    {
        using var temp = new TempDirectory();
        var design = SweepDesign.Create(["policy.serviceEffort=0.1:0.5:0.2", "policy.firstContactResolution=0.3,0.9"], null, 1);
        var manifest = new SweepManifest(
            SweepManifest.CurrentFormat, "baseline", null, "baseline", "f", [], ["policy.serviceEffort=0.1:0.5:0.2", "policy.firstContactResolution=0.3,0.9"],
            SweepManifest.Factorial, null, 1, 2, 300, 10, 0, "reference", "nps", DateTimeOffset.UnixEpoch, "1", SweepManifest.PointsOf(design));
        var runs = design.Points.SelectMany(p => new[] { new SweepRun(p.Id, 1, [double.NaN, double.NaN, double.NaN, p.Id, 1, 1, 1, 1, 1, 1, 1, 1, 1]), new SweepRun(p.Id, 0, [double.NaN, double.NaN, double.NaN, -p.Id, 1, 1, 1, 1, 1, 1, 1, 1, 1]) }).ToArray();

        SweepOutputs.Write(temp.Path, manifest, "A <test>", design, runs, DateTimeOffset.UnixEpoch);

        Assert.Equal(["heatmap.png", "heatmap.svg", "points.csv", "report.html", "runs.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(temp.Path, "heatmap.png"))[0]);
        Assert.Equal("svg", XDocument.Load(Path.Combine(temp.Path, "heatmap.svg")).Root!.Name.LocalName);
        Assert.Equal(SweepRunsCsv.Text(design, runs), File.ReadAllText(Path.Combine(temp.Path, "runs.csv")));
        var report = File.ReadAllText(Path.Combine(temp.Path, "report.html"));
        Assert.Contains("<img src=\"data:image/png;base64,iVBORw0KGgo", report);
        Assert.Contains("A &lt;test&gt;", report);
        Assert.Contains("<code>--vary policy.serviceEffort=0.1:0.5:0.2</code>", report);
        Assert.DoesNotContain("http://", report);
        Assert.DoesNotContain("<script", report);
    }
}
