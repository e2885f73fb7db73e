namespace Simulator.Model.Metrics;

/// <summary>
/// Brand-level state an engine sets at the end of a week, after merging its customers' aggregates
/// (the barrier): stocks the market carries from week to week. Unlike measures and counters, gauges
/// are not sums over customers, so aggregates of disjoint customers do not add them.
/// </summary>
public enum BrandGauge
{
    /// <summary>Process knowledge in [0, 1): what the brand has learned from its root-cause fixes, net of forgetting.</summary>
    ProcessKnowledge,
    /// <summary>The customer share a brand with a <c>defendShare</c> response defends: its share at its last review (for other brands, and during the burn-in, its share that week).</summary>
    DefendedShare,
}
