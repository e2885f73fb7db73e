namespace Simulator.Reporting.Json;

/// <summary>The versions that produced a run.</summary>
/// <param name="Product">The product's informational version.</param>
/// <param name="Dotnet">The .NET runtime, e.g. ".NET 10.0.0".</param>
public sealed record VersionsSummary(string Product, string Dotnet);
