namespace Simulator.Explorer.Api;

/// <summary>Body of <c>POST /api/sessions</c>.</summary>
/// <param name="Scenario">Name of a shipped scenario (required unless <paramref name="Lesson"/> is given).</param>
/// <param name="Customers">Population; the explorer's default when absent.</param>
/// <param name="Weeks">Weeks to run; the scenario's when absent.</param>
/// <param name="Seed">Seed; the scenario's when absent.</param>
/// <param name="Compare">Two arms, A and B, on the same seed.</param>
/// <param name="PaceMilliseconds">Pause between weeks while running.</param>
/// <param name="Replicates">Replicates per arm (1 unless given): several give the charts 95% bands.</param>
/// <param name="Lesson">A lesson's name: the lesson sets the scenario, population, weeks, seed, replicates and arm B's levers, and every other field but the pace is ignored.</param>
public sealed record CreateSessionRequest(string? Scenario, int? Customers, int? Weeks, ulong? Seed, bool Compare, int? PaceMilliseconds, int? Replicates = null, string? Lesson = null);
