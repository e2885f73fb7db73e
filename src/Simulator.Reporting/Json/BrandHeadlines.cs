using Simulator.Model.Metrics;

namespace Simulator.Reporting.Json;

/// <summary>The headline figures of one brand: the mean over replicates and each replicate's values.</summary>
/// <param name="Brand">The brand's name.</param>
/// <param name="Mean">Mean over replicates of every figure.</param>
/// <param name="Replicates">Each replicate's figures, in replicate order.</param>
public sealed record BrandHeadlines(string Brand, HeadlineMeans Mean, IReadOnlyList<Headlines> Replicates);
