using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Comparison;

/// <summary>Where a scenario stops beating the reference on profit as one cost varies.</summary>
/// <param name="Path">The cost parameter.</param>
/// <param name="Grid">The values it was run at.</param>
/// <param name="Differences">At each value, the treatment's profit minus the reference's: mean and 95% interval over the replicates.</param>
/// <param name="CrossingOfMean">Where the mean difference changes sign (NaN when it does not within the grid).</param>
/// <param name="Estimate">The replicates' own crossings: mean and 95% t interval, over those that cross.</param>
/// <param name="Crossed">Replicates whose difference changes sign within the grid.</param>
/// <param name="Replicates">Replicates that finished at every value.</param>
public sealed record BreakEvenResult(string Path, IReadOnlyList<double> Grid, IReadOnlyList<Interval> Differences, double CrossingOfMean, Interval Estimate, int Crossed, int Replicates);
