namespace Simulator.Explorer.Api;

/// <summary>One brand's levers in an arm, from the next week on.</summary>
/// <param name="Name">The brand.</param>
/// <param name="Levers">Every lever's value.</param>
public sealed record BrandLeversView(string Name, IReadOnlyDictionary<string, double> Levers);
