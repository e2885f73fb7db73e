namespace Simulator.Explorer.Api;

/// <summary>A population attribute as the page colours by it.</summary>
/// <param name="Name">Its name (a key of the frame's columns).</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Description">What the value is.</param>
/// <param name="Kind">category or scale.</param>
/// <param name="Max">The largest value of a scale, the last category's index for a category.</param>
/// <param name="None">The byte of a customer the attribute does not apply to.</param>
/// <param name="Categories">The categories' names (empty for a scale).</param>
public sealed record AttributeView(string Name, string Label, string Description, string Kind, int Max, int None, IReadOnlyList<string> Categories);
