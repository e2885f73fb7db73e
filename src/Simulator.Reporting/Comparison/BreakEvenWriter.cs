using System.Globalization;
using System.Net;
using System.Text;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using Simulator.Experiments.Comparison;
using Simulator.Reporting.Charts;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Html;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes a break-even search into <c>&lt;results root&gt;/break-even/&lt;run id&gt;/</c>: <c>break-even.csv</c>
/// (the profit difference at each value of the cost, with its 95% interval), the chart of the difference
/// against the cost (PNG and SVG) and <c>report.html</c>; staged, nothing half-written, nothing overwritten.
/// </summary>
public static class BreakEvenWriter
{
    /// <summary>The folder under the results root.</summary>
    public const string DirectoryName = "break-even";

    /// <summary>The table's file name.</summary>
    public const string FileName = "break-even.csv";

    /// <summary>The columns of break-even.csv.</summary>
    public static IReadOnlyList<CsvColumn<(double Value, Experiments.Statistics.Interval Difference)>> Columns { get; } =
    [
        CsvColumn<(double Value, Experiments.Statistics.Interval Difference)>.Measure("value", "the cost's unit", "The value of the cost parameter.", r => r.Value),
        CsvColumn<(double Value, Experiments.Statistics.Interval Difference)>.Measure("profit_difference", "currency", "The scenario's profit over the run minus the reference's, mean over the replicates.", r => r.Difference.Mean),
        CsvColumn<(double Value, Experiments.Statistics.Interval Difference)>.Measure("ci_low", "currency", "Lower end of its paired 95% interval.", r => r.Difference.Lower),
        CsvColumn<(double Value, Experiments.Statistics.Interval Difference)>.Measure("ci_high", "currency", "Upper end of its paired 95% interval.", r => r.Difference.Upper),
    ];

    /// <summary>The finding in one sentence.</summary>
    public static string Verdict(BreakEvenResult result, string reference, string scenario)
    {
        ArgumentNullException.ThrowIfNull(result);
        var first = result.Differences[0].Mean;
        if (!double.IsFinite(result.CrossingOfMean))
        {
            return Invariant($"{scenario} {(first >= 0 ? "beats" : "trails")} {reference} on profit over the whole range of {result.Path} ({Number(result.Grid[0])} to {Number(result.Grid[^1])}): no break-even within it.");
        }

        var interval = double.IsFinite(result.Estimate.Lower) ? Invariant($", 95% CI {Number(result.Estimate.Lower)} to {Number(result.Estimate.Upper)} over the {result.Crossed} of {result.Replicates} replicates that cross") : string.Empty;
        return first >= 0
            ? Invariant($"{scenario} stops beating {reference} on profit above {result.Path} = {Number(result.CrossingOfMean)}{interval}.")
            : Invariant($"{scenario} beats {reference} on profit only above {result.Path} = {Number(result.CrossingOfMean)}{interval}.");
    }

    /// <summary>The chart: the profit difference against the cost, with its band, zero and the break-even marked.</summary>
    public static SweepChart Chart(BreakEvenResult result, string reference, string scenario, string subtitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = ChartStyle.NewModel($"Profit, {scenario} minus {reference}, by {result.Path}", subtitle);
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Bottom, result.Path));
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Left, "Profit difference over the run (currency)"));
        var band = new AreaSeries { Title = "95% interval", Color = OxyColors.Undefined, Fill = OxyColor.FromAColor(ChartStyle.BandAlpha, ChartStyle.BrandColor(0)), StrokeThickness = 0 };
        var mean = new LineSeries { Title = "mean difference", Color = ChartStyle.BrandColor(0), StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 4 };
        for (var i = 0; i < result.Grid.Count; i++)
        {
            var d = result.Differences[i];
            mean.Points.Add(new DataPoint(result.Grid[i], d.Mean));
            if (double.IsFinite(d.Lower))
            {
                band.Points.Add(new DataPoint(result.Grid[i], d.Upper));
                band.Points2.Add(new DataPoint(result.Grid[i], d.Lower));
            }
        }

        model.Series.Add(band);
        model.Series.Add(mean);
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 0, Color = OxyColors.Black, StrokeThickness = 1 });
        if (double.IsFinite(result.CrossingOfMean))
        {
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = result.CrossingOfMean, Color = ChartStyle.Bad, LineStyle = LineStyle.Dash, Text = "break-even " + Number(result.CrossingOfMean), TextOrientation = AnnotationTextOrientation.Horizontal });
        }

        return new SweepChart("break-even", $"Profit difference by {result.Path}",
            $"The line is {scenario}'s profit over the run minus {reference}'s at each value of {result.Path}, the mean over the replicates (same seeds everywhere); the band is its paired 95% interval; the dashed line is where the mean crosses zero.",
            model);
    }

    /// <summary>Writes everything; returns the directory.</summary>
    public static string Write(string resultsRoot, string runId, BreakEvenResult result, string reference, string scenario, string subtitle, string command, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(resultsRoot);
        ArgumentNullException.ThrowIfNull(result);
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(resultsRoot, DirectoryName),
            runId,
            () => RunDirectory.Choose(resultsRoot, DirectoryName, runId),
            temp =>
            {
                File.WriteAllText(Path.Combine(temp, FileName), CsvFormat.ToText(w => CsvTable.Write(w, Columns, result.Grid.Select((v, i) => (v, result.Differences[i])))));
                var chart = SweepChartImage.Write(temp, Chart(result, reference, scenario, subtitle)).Chart;
                var html = new StringBuilder();
                HtmlPage.Open(html, chart.Title);
                html.Append("<header><h1>").Append(WebUtility.HtmlEncode(chart.Title)).Append("</h1>\n<p><strong>")
                    .Append(WebUtility.HtmlEncode(Verdict(result, reference, scenario))).Append("</strong></p>\n");
                if (!complete)
                {
                    html.Append(Invariant($"<p class=\"banner\">INCOMPLETE: stopped with {result.Replicates} replicate(s) finished at every value; the figures rest on those.</p>\n"));
                }

                html.Append("</header>\n");
                HtmlPage.Figure(html, chart.Name, chart.Title, chart.HowToRead, chart.PngFile, ChartStyle.Width, ChartStyle.Height, chart.PngFile, chart.SvgFile);
                html.Append("<section id=\"reproduce\"><h2>Reproduce</h2><pre><code>").Append(WebUtility.HtmlEncode(command)).Append("</code></pre></section>\n");
                html.Append("<p class=\"note\">Every value of the grid is in <a href=\"").Append(FileName).Append("\">").Append(FileName).Append("</a>.</p>\n</body>\n</html>\n");
                File.WriteAllText(Path.Combine(temp, "report.html"), html.ToString());
            },
            (_, _) => { },
            "break-even search");
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
