namespace Simulator.Reporting.Csv;

/// <summary>One row of <c>touchpoints.csv</c>: the touchpoints of one kind for one replicate, week, brand and segment.</summary>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Week">Week (0-based).</param>
/// <param name="Brand">Brand name.</param>
/// <param name="Segment">Segment name, or "all".</param>
/// <param name="Touchpoint">The touchpoint kind's name.</param>
/// <param name="Initiator">"brand" or "customer".</param>
/// <param name="Stats">What the touchpoints amounted to.</param>
public sealed record TouchpointRow(int Replicate, int Week, string Brand, string Segment, string Touchpoint, string Initiator, TouchpointStats Stats);
