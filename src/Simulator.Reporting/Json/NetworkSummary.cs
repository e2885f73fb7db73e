namespace Simulator.Reporting.Json;

/// <summary>The word-of-mouth network.</summary>
/// <param name="Kind">"smallWorld" or "wellMixed", as in scenario files.</param>
/// <param name="Neighbours">Peers per customer.</param>
/// <param name="Rewiring">Rewiring probability.</param>
public sealed record NetworkSummary(string Kind, int Neighbours, double Rewiring);
