namespace Simulator.Explorer.Lessons;

/// <summary>One measure of a lesson's outcome: each arm's value at the last week run and the paired difference B - A.</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Unit">How the values read.</param>
/// <param name="A">Arm A's value (the replicates' mean).</param>
/// <param name="B">Arm B's value (the replicates' mean).</param>
/// <param name="Difference">B - A, replicate by replicate, averaged.</param>
/// <param name="Lower">Lower bound of the difference's 95% interval (NaN, written null, with one replicate).</param>
/// <param name="Upper">Upper bound of the difference's 95% interval.</param>
public sealed record MeasureOutcome(string Measure, string Label, string Unit, double A, double B, double Difference, double? Lower, double? Upper);
