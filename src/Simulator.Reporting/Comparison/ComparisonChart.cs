using OxyPlot;

namespace Simulator.Reporting.Comparison;

/// <summary>One chart of a comparison: its file name (without extension), title, how to read it, its model and size.</summary>
/// <param name="Name">File name without extension, e.g. "overlay-customers".</param>
/// <param name="Title">A short title for the report.</param>
/// <param name="HowToRead">One sentence on how to read the chart.</param>
/// <param name="Model">The chart.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public sealed record ComparisonChart(string Name, string Title, string HowToRead, PlotModel Model, int Width, int Height)
{
    /// <summary>The PNG file name.</summary>
    public string PngFile => Name + ".png";

    /// <summary>The SVG file name.</summary>
    public string SvgFile => Name + ".svg";
}
