namespace Simulator.Reporting.Json;

/// <summary>A brand as run.</summary>
/// <param name="Name">The brand's name.</param>
/// <param name="InitialShare">Share of the population that are its customers at week 0.</param>
/// <param name="InitialAwareness">Share of the population that know it at week 0.</param>
/// <param name="Policy">Every lever's value at week 0, by JSON name, in lever order.</param>
/// <param name="Responses">The brand's response rules (docs/model.md 4.2); empty when it has none.</param>
public sealed record BrandSummary(string Name, double InitialShare, double InitialAwareness, IReadOnlyDictionary<string, double> Policy, IReadOnlyList<ResponseRuleSummary> Responses);
