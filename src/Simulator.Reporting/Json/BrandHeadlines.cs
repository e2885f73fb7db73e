using Simulator.Model.Metrics;

namespace Simulator.Reporting.Json;

/// <summary>The headline figures of one brand: the mean over replicates, each figure's 95% interval, and each replicate's values.</summary>
/// <param name="Brand">The brand's name.</param>
/// <param name="Mean">Mean over replicates of every figure.</param>
/// <param name="Intervals">Mean, <c>ciLow</c> and <c>ciHigh</c> of every figure (bounds null with one replicate).</param>
/// <param name="Replicates">Each replicate's figures, in replicate order.</param>
public sealed record BrandHeadlines(string Brand, HeadlineMeans Mean, HeadlineIntervals Intervals, IReadOnlyList<Headlines> Replicates);
