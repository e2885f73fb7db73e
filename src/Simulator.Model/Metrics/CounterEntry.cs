namespace Simulator.Model.Metrics;

/// <summary>A counter contribution of one customer's week, already in fixed point.</summary>
/// <param name="Brand">Brand index.</param>
/// <param name="Counter">The counter.</param>
/// <param name="Amount">The amount in fixed point (see <see cref="FixedPoint"/>).</param>
public readonly record struct CounterEntry(byte Brand, Counter Counter, long Amount);
