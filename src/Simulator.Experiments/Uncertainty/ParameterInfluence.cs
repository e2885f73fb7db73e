namespace Simulator.Experiments.Uncertainty;

/// <summary>How much one parameter moves a difference between two scenarios, and whether it can turn it around.</summary>
/// <param name="Path">The parameter.</param>
/// <param name="Coefficient">The partial rank correlation of the difference with the parameter (or the Spearman correlation when there were too few sets for partial ones).</param>
/// <param name="Partial">Whether <paramref name="Coefficient"/> is a partial rank correlation.</param>
/// <param name="TStatistic">The coefficient's t statistic.</param>
/// <param name="Significant">Whether the coefficient differs from zero at the 5% level (two-sided t test, Bonferroni-corrected for the number of parameters).</param>
/// <param name="LowFifth">The mean difference over the sets whose value of the parameter lies in the lowest fifth of its range.</param>
/// <param name="HighFifth">The mean difference over the sets in the highest fifth.</param>
public sealed record ParameterInfluence(string Path, double Coefficient, bool Partial, double TStatistic, bool Significant, double LowFifth, double HighFifth)
{
    /// <summary>
    /// Whether the parameter can flip the ranking: it moves the difference significantly, and the difference
    /// has one sign at the low end of the range and the other at the high end. Significance is required so
    /// that a difference near zero whose ends differ in sign by chance does not name every parameter.
    /// </summary>
    public bool Flips => Significant && double.IsFinite(LowFifth) && double.IsFinite(HighFifth) && Math.Sign(LowFifth) * Math.Sign(HighFifth) < 0;
}
