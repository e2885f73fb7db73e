using System.Text;
using OxyPlot;
using Simulator.Model.Engine;

namespace Simulator.Reporting.Charts;

/// <summary>Renders the charts of a run to PNG (SkiaSharp) and SVG, at <see cref="ChartStyle.Width"/> x <see cref="ChartStyle.Height"/>.</summary>
public static class ChartRenderer
{
    /// <summary>Every chart of a run, in the order the report shows them.</summary>
    public static IReadOnlyList<ChartDefinition> Charts { get; } =
    [
        new("customers", "Customers per brand",
            "Each line is a brand's current customers (onboarding and active) at the end of each week; a falling line means churn outpaces acquisition.",
            RunCharts.Customers),
        new("retention", "Retention of acquired customers",
            "For each age in weeks, the share of customers acquired during the run still with the brand that long after joining, pooled over every cohort old enough; the steeper the fall, the faster new customers leave. The oldest ages rest on the first weeks' cohorts only: where a replicate pools fewer than " + RunCharts.MinimumPooledCohort.ToString(System.Globalization.CultureInfo.InvariantCulture) + " customers it adds no point, and where no replicate does the line stops, rather than swing on a handful.",
            RunCharts.Retention),
        new("advocacy", "Net Promoter Score",
            "Each line is a brand's NPS among its current customers (per cent promoters minus per cent detractors) week by week; above zero, promoters outnumber detractors.",
            RunCharts.Advocacy),
        new("nps-mix", "Promoters, passives and detractors",
            "The bands split the focal brand's current customers into promoters (top, green), passives (grey) and detractors (bottom, red); a growing red band is advocacy turning into warnings.",
            RunCharts.NpsMix),
        new("nps-survey", "NPS as surveyed",
            "Each point is the NPS a brand's own survey reports for a quarter, with its 95% sampling interval (replicate 0); the thin line of the same colour is the true NPS of every customer. Angry and delighted customers answer more often, so the points can sit away from the line by more than their interval: a survey measures those who answer.",
            RunCharts.Survey),
        new("feelings", "Trust and emotions",
            "Mean trust, satisfaction, anger and joy of the focal brand's current customers, each from 0 to 1; trust moves slowly, anger and joy react to each week's experiences and decay.",
            RunCharts.Feelings),
        new("stages", "Population by stage",
            "The whole population stacked by where each person stands with the focal brand: customers (active, onboarding) at the bottom, then people considering it, aware of it, not knowing it, and former customers on top.",
            RunCharts.Stages),
        new("segments", "Customers and retention by segment",
            "Top: the focal brand's customers in each segment; bottom (dashed, same colours): the share of each segment's week-0 customers still with it, which shows which segment leaves first.",
            RunCharts.Segments),
        new("journey", "Journey map",
            "For each kind of touchpoint with the focal brand over the whole run: how many there were, whether they fell short of expectations (red bars below zero) or beat them, and how much anger they caused: the longest red bar on the right is where customers get angry.",
            RunCharts.Journey),
    ];

    /// <summary>Writes a chart as PNG.</summary>
    public static void ExportPng(PlotModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        var exporter = new OxyPlot.SkiaSharp.PngExporter { Width = ChartStyle.Width, Height = ChartStyle.Height };
        exporter.Export(model, stream);
    }

    /// <summary>
    /// The chart as a standalone SVG document. Text is measured with the same fonts as the PNG, and
    /// the font names fall back to similar fonts (then any sans-serif) where the viewer lacks them.
    /// </summary>
    public static string ToSvg(PlotModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var measurer = new OxyPlot.SkiaSharp.SkiaRenderContext { RenderTarget = OxyPlot.SkiaSharp.RenderTarget.VectorGraphic };
        var svg = SvgExporter.ExportToString(model, ChartStyle.Width, ChartStyle.Height, isDocument: false, textMeasurer: measurer);
        return svg
            .Replace("font-family=\"" + ChartStyle.Font + "\"", "font-family=\"" + ChartStyle.SvgFontFamily + "\"", StringComparison.Ordinal)
            .Trim() + "\n";
    }

    /// <summary>Writes a chart as SVG (UTF-8).</summary>
    public static void ExportSvg(PlotModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToSvg(model));
        stream.Write(bytes);
    }

    /// <summary>
    /// Builds every chart of <see cref="Charts"/> and writes each as PNG and SVG into
    /// <paramref name="directory"/>; returns the file names written, in order.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(SimulationResult result, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(directory);
        var files = new List<string>();
        foreach (var chart in Charts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = chart.Build(result);
            using (var png = File.Create(Path.Combine(directory, chart.PngFile)))
            {
                ExportPng(model, png);
            }

            files.Add(chart.PngFile);
            using (var svg = File.Create(Path.Combine(directory, chart.SvgFile)))
            {
                ExportSvg(model, svg);
            }

            files.Add(chart.SvgFile);
        }

        return files;
    }
}
