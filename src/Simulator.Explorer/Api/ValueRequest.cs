namespace Simulator.Explorer.Api;

/// <summary>Body of the requests that set one number: a lever's value or the pace.</summary>
/// <param name="Value">The new value.</param>
public sealed record ValueRequest(double? Value);
