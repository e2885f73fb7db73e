using System.Globalization;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Uncertainty;

/// <summary>
/// One headline figure of one scenario against the reference across the parameter sets: the
/// distribution of the difference (each set's mean over its replicates), the probability that the
/// scenario beats the reference (the share of sets where its figure is higher, with a Wilson interval),
/// and the parameters that move the difference most.
/// </summary>
/// <param name="Scenario">The scenario's position (1 or more; 0 is the reference).</param>
/// <param name="Figure">The figure.</param>
/// <param name="Differences">The difference in each complete set, in set order (NaN where the figure is undefined).</param>
/// <param name="Beats">The sets where the scenario's figure is better (higher; lower for a cost), out of the sets where the difference is defined.</param>
/// <param name="ClearlyBetter">Sets where the paired 95% interval over the replicates lies above zero.</param>
/// <param name="ClearlyWorse">Sets where it lies below zero.</param>
/// <param name="Influences">Every parameter's influence, largest |coefficient| first.</param>
public sealed record RobustFigure(
    int Scenario,
    HeadlineFigure Figure,
    IReadOnlyList<double> Differences,
    Proportion Beats,
    int ClearlyBetter,
    int ClearlyWorse,
    IReadOnlyList<ParameterInfluence> Influences)
{
    private double[] Defined => [.. Differences.Where(double.IsFinite).Order()];

    /// <summary>The mean difference over the sets.</summary>
    public double Mean => Defined is { Length: > 0 } d ? d.Average() : double.NaN;

    /// <summary>The <paramref name="p"/> quantile of the differences (R's type 7, as MathNet's <c>Quantile</c>).</summary>
    public double Quantile(double p) => Defined is { Length: > 0 } d ? MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(d, p) : double.NaN;

    /// <summary>The parameters that can flip the ranking, most influential first.</summary>
    public IEnumerable<ParameterInfluence> Flippers => Influences.Where(i => i.Flips);

    /// <summary>The finding in one sentence, e.g. "Final NPS: effortless-service beats baseline in all 64 parameter sets (P = 1.00, 95% CI 0.94 to 1.00); no parameter turns it around.".</summary>
    public string Verdict(string reference, string scenario)
    {
        var n = Beats.Trials;
        if (n == 0)
        {
            return $"{Figure.Label}: undefined in every set.";
        }

        var share = string.Create(CultureInfo.InvariantCulture, $"(P = {Beats.Value:0.00}, 95% CI {Beats.Lower:0.00} to {Beats.Upper:0.00})");
        var head = Beats.Successes == n
            ? string.Create(CultureInfo.InvariantCulture, $"{scenario} beats {reference} in all {n} parameter sets {share}")
            : Beats.Successes == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{scenario} beats {reference} in none of the {n} parameter sets {share}")
                : string.Create(CultureInfo.InvariantCulture, $"{scenario} beats {reference} in {Beats.Successes} of {n} parameter sets {share}");
        var flipper = Flippers.FirstOrDefault();
        var hinge = flipper is null
            ? Beats.Successes == n || Beats.Successes == 0 ? "; no parameter turns it around" : string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; it hinges on {flipper.Path} (mean difference {Figure.FormatDifference(flipper.LowFifth)} in the lowest fifth of its range, {Figure.FormatDifference(flipper.HighFifth)} in the highest)");
        return Figure.ShortLabel + ": " + head + hinge + ".";
    }
}
