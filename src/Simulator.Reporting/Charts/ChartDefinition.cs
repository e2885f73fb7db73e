using OxyPlot;
using Simulator.Model.Engine;

namespace Simulator.Reporting.Charts;

/// <summary>One chart of a run: its file name (without extension), title, how to read it, and how to build it.</summary>
/// <param name="Name">File name without extension, e.g. "retention" for retention.png and retention.svg.</param>
/// <param name="Title">A short title for the report.</param>
/// <param name="HowToRead">One sentence on how to read the chart.</param>
/// <param name="Build">Builds the chart's model from a result.</param>
public sealed record ChartDefinition(string Name, string Title, string HowToRead, Func<SimulationResult, PlotModel> Build)
{
    /// <summary>The PNG file name.</summary>
    public string PngFile => Name + ".png";

    /// <summary>The SVG file name.</summary>
    public string SvgFile => Name + ".svg";
}
