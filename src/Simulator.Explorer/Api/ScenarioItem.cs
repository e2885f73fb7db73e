namespace Simulator.Explorer.Api;

/// <summary>A shipped scenario the page can pick.</summary>
/// <param name="Name">Name, as used in requests.</param>
/// <param name="Description">What the scenario tells.</param>
/// <param name="Weeks">Weeks the scenario runs by default.</param>
/// <param name="Brands">The brands; the first one's levers are on the sliders.</param>
public sealed record ScenarioItem(string Name, string Description, int Weeks, IReadOnlyList<string> Brands);
