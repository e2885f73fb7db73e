namespace Simulator.Explorer.Api;

/// <summary>A policy lever as the page shows it: a slider with a range, an explanation and its source.</summary>
/// <param name="Name">Name, as used in requests.</param>
/// <param name="Min">Lowest value.</param>
/// <param name="Max">Highest value.</param>
/// <param name="Default">The model's default.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Effect">What the lever does in the model.</param>
/// <param name="Source">The article or study the rule comes from.</param>
public sealed record LeverInfo(string Name, double Min, double Max, double Default, string Unit, string Effect, string Source);
