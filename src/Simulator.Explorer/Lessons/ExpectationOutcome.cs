namespace Simulator.Explorer.Lessons;

/// <summary>What the run says of one of a lesson's expectations.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Direction">higher or lower: what was expected of B against A.</param>
/// <param name="Verdict">agrees, disagrees or unclear (the interval includes zero, or a single replicate gives no interval and no difference).</param>
/// <param name="Text">The verdict in a sentence, with the run's numbers.</param>
public sealed record ExpectationOutcome(string Measure, string Direction, string Verdict, string Text);
