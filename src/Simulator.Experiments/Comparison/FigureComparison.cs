using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Comparison;

/// <summary>One row of <c>comparison.csv</c>: one figure of one scenario, its mean and interval, and its paired difference from the first scenario.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Estimate">Mean of the figure over replicates and its 95% interval.</param>
/// <param name="Difference">
/// The mean of (this scenario − the first scenario) taken replicate by replicate, and its 95% interval;
/// null for the first scenario itself.
/// </param>
public sealed record FigureComparison(HeadlineFigure Figure, string Scenario, Interval Estimate, Interval? Difference)
{
    /// <summary>
    /// Whether the interval of the difference lies entirely above or below zero; null for the first
    /// scenario and when the interval does not exist (fewer than two paired replicates).
    /// </summary>
    public bool? ExcludesZero => Difference is { } d && double.IsFinite(d.Lower) ? d.ExcludesZero : null;
}
