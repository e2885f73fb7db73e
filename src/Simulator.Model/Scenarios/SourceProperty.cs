namespace Simulator.Model.Scenarios;

/// <summary>One property of a JSON object read from a scenario file.</summary>
/// <param name="Name">The property name, unescaped.</param>
/// <param name="NameLocation">Where the property name was written.</param>
/// <param name="Value">The value.</param>
public sealed record SourceProperty(string Name, SourceLocation NameLocation, SourceNode Value);
