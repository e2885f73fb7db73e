namespace Simulator.Explorer.Api;

/// <summary>Body of <c>POST /api/sessions</c>.</summary>
/// <param name="Scenario">Name of a shipped scenario (required).</param>
/// <param name="Customers">Population; the explorer's default when absent.</param>
/// <param name="Weeks">Weeks to run; the scenario's when absent.</param>
/// <param name="Seed">Seed; the scenario's when absent.</param>
/// <param name="Compare">Two arms, A and B, on the same seed.</param>
/// <param name="PaceMilliseconds">Pause between weeks while running.</param>
public sealed record CreateSessionRequest(string? Scenario, int? Customers, int? Weeks, ulong? Seed, bool Compare, int? PaceMilliseconds);
