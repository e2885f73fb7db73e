namespace Simulator.Reporting.Json;

/// <summary>One scheduled policy change.</summary>
/// <param name="Week">First week the new value applies.</param>
/// <param name="Brand">The brand's name.</param>
/// <param name="Lever">The lever's JSON name.</param>
/// <param name="Value">The new value.</param>
public sealed record ScheduleEntry(int Week, string Brand, string Lever, double Value);
