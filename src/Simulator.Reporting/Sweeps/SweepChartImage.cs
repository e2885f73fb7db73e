using Simulator.Reporting.Charts;

namespace Simulator.Reporting.Sweeps;

/// <summary>A sweep chart and its PNG, which the report embeds.</summary>
/// <param name="Chart">The chart.</param>
/// <param name="Png">Its PNG bytes.</param>
public sealed record SweepChartImage(SweepChart Chart, byte[] Png)
{
    /// <summary>Writes <paramref name="chart"/> into <paramref name="directory"/> as PNG and SVG, each file whole; returns it with its PNG.</summary>
    public static SweepChartImage Write(string directory, SweepChart chart)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(chart);
        using var png = new MemoryStream();
        ChartRenderer.ExportPng(chart.Model, png);
        var bytes = png.ToArray();
        WholeFile.Write(Path.Combine(directory, chart.PngFile), s => s.Write(bytes));
        WholeFile.WriteText(Path.Combine(directory, chart.SvgFile), ChartRenderer.ToSvg(chart.Model));
        return new SweepChartImage(chart, bytes);
    }
}
