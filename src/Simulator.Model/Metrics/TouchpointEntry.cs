using Simulator.Model.Customers;

namespace Simulator.Model.Metrics;

/// <summary>One touchpoint of one customer's week, already in fixed point.</summary>
/// <param name="Brand">Brand index.</param>
/// <param name="Kind">The touchpoint kind.</param>
/// <param name="Gap">Expectation gap in fixed point.</param>
/// <param name="Anger">Anger caused in fixed point.</param>
public readonly record struct TouchpointEntry(byte Brand, TouchpointKind Kind, long Gap, long Anger);
