namespace Simulator.Model.Scenarios;

/// <summary>Where a piece of a scenario file was written: the file and the 1-based line (0 when no line applies).</summary>
/// <param name="File">The file, as given or as resolved from an <c>extends</c>.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
public readonly record struct SourceLocation(string File, int Line);
