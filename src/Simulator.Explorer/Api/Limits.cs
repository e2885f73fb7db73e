namespace Simulator.Explorer.Api;

/// <summary>The bounds a session must keep to.</summary>
/// <param name="DefaultCustomers">Customers of a session unless asked otherwise.</param>
/// <param name="MinCustomers">Fewest customers.</param>
/// <param name="MaxCustomers">Most customers.</param>
/// <param name="MaxWeeks">Most weeks.</param>
/// <param name="DefaultPaceMilliseconds">Pause between weeks unless asked otherwise.</param>
/// <param name="MaxPaceMilliseconds">Longest pause between weeks.</param>
/// <param name="MaxReplicates">The most replicates per arm.</param>
public sealed record Limits(int DefaultCustomers, int MinCustomers, int MaxCustomers, int MaxWeeks, int DefaultPaceMilliseconds, int MaxPaceMilliseconds, int MaxReplicates);
