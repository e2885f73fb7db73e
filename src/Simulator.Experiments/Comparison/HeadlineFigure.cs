using System.Globalization;
using Simulator.Model.Metrics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// One headline figure of the focal brand that scenarios are compared on: a stable key (the
/// <c>figure</c> column of <c>comparison.csv</c>), labels, units, a display format and how to read it
/// from one replicate's <see cref="Headlines"/>.
/// </summary>
/// <param name="Key">Stable machine name, e.g. <c>retention_104</c>.</param>
/// <param name="Label">Full label for tables, e.g. "Week-0 customers kept after 104 weeks (%)".</param>
/// <param name="ShortLabel">Short label for chart axes, e.g. "Retention 104 wk".</param>
/// <param name="Unit">Unit of the figure, e.g. "%".</param>
/// <param name="DifferenceUnit">Unit of a difference of the figure, e.g. "points" for a percentage.</param>
/// <param name="Format">.NET number format for display, e.g. "0.0".</param>
/// <param name="Value">Reads the figure from one replicate's headlines (NaN when undefined).</param>
public sealed record HeadlineFigure(
    string Key,
    string Label,
    string ShortLabel,
    string Unit,
    string DifferenceUnit,
    string Format,
    Func<Headlines, double> Value)
{
    /// <summary>Whether a lower value is the better one (costs): robust comparisons then count a lower figure as beating the reference.</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>The value formatted for display (invariant culture); "n/a" when undefined.</summary>
    public string FormatValue(double value) =>
        double.IsFinite(value) ? value.ToString(Format, CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A difference formatted with its sign (invariant culture); "n/a" when undefined.</summary>
    public string FormatDifference(double value) =>
        double.IsFinite(value) ? value.ToString("+" + Format + ";-" + Format + ";" + Format, CultureInfo.InvariantCulture) : "n/a";

    /// <summary>An interval "[low, high]" formatted for display; "n/a" when it does not exist (fewer than two replicates).</summary>
    public string FormatInterval(double lower, double upper, bool signed = false)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper))
        {
            return "n/a";
        }

        return signed
            ? "[" + FormatDifference(lower) + ", " + FormatDifference(upper) + "]"
            : "[" + FormatValue(lower) + ", " + FormatValue(upper) + "]";
    }
}
