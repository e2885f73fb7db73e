namespace Simulator.Model.Scenarios;

/// <summary>A scenario file as listed by <see cref="ScenarioCatalog"/>.</summary>
/// <param name="Name">The scenario's name (its <c>name</c> field, else the file name without extension).</param>
/// <param name="Description">Its description, after resolving <c>extends</c>.</param>
/// <param name="Path">The file's path.</param>
public sealed record ScenarioInfo(string Name, string Description, string Path);
