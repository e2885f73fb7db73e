using OxyPlot;

namespace Simulator.Reporting.Sweeps;

/// <summary>One chart of a sweep: its file name (without extension), title, how to read it, and the chart itself.</summary>
/// <param name="Name">File name without extension, e.g. "heatmap" for heatmap.png and heatmap.svg.</param>
/// <param name="Title">A short title for the report.</param>
/// <param name="HowToRead">How to read the chart, in a sentence or two.</param>
/// <param name="Model">The chart.</param>
public sealed record SweepChart(string Name, string Title, string HowToRead, PlotModel Model)
{
    /// <summary>The PNG file name.</summary>
    public string PngFile => Name + ".png";

    /// <summary>The SVG file name.</summary>
    public string SvgFile => Name + ".svg";
}
