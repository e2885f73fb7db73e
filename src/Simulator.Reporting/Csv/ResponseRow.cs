namespace Simulator.Reporting.Csv;

/// <summary>One row of <c>responses.csv</c>: one policy change of one response a brand decided.</summary>
/// <param name="Replicate">Replicate index.</param>
/// <param name="DecidedWeek">The week the brand reacted to.</param>
/// <param name="EffectiveWeek">The first week the change acts.</param>
/// <param name="Brand">The brand that responds.</param>
/// <param name="Rule">The rule's JSON name.</param>
/// <param name="Lever">The lever changed.</param>
/// <param name="Value">Its new value.</param>
/// <param name="Reason">What the brand saw and did.</param>
public sealed record ResponseRow(int Replicate, int DecidedWeek, int EffectiveWeek, string Brand, string Rule, string Lever, double Value, string Reason);
