using Simulator.Model.Metrics;

namespace Simulator.Experiments.Sweeps;

/// <summary>One headline figure of the focal brand recorded for every run of a sweep.</summary>
/// <param name="Column">The column in runs.csv (points.csv adds _mean, _ci_low, _ci_high).</param>
/// <param name="Outcome">The name <c>--outcome</c> gives it, or null when it cannot be charted.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="AxisTitle">The chart axis title, with its unit.</param>
/// <param name="ChartScale">The factor from the recorded value to the charted one (100 for shares shown as per cent).</param>
/// <param name="Whole">Whether the value is a count, written without decimals.</param>
/// <param name="Format">How a value is shown in charts and the report (after <paramref name="ChartScale"/>).</param>
/// <param name="MinimumWeeks">The fewest weeks a run needs for the figure to exist.</param>
/// <param name="Read">Takes the figure from a replicate's headlines.</param>
public sealed record SweepFigure(
    string Column,
    string? Outcome,
    string Label,
    string AxisTitle,
    double ChartScale,
    bool Whole,
    string Format,
    int MinimumWeeks,
    Func<Headlines, double> Read);
