namespace Simulator.Reporting.Calibration;

/// <summary>A fitted parameter in <c>fit.json</c>.</summary>
/// <param name="Path">The setting's path.</param>
/// <param name="Start">The scenario's value, where the search started.</param>
/// <param name="Min">The lower bound searched.</param>
/// <param name="Max">The upper bound searched.</param>
/// <param name="Scale">How the bounds were mapped onto [0, 1]: "linear" or "log".</param>
/// <param name="Fitted">The best value found.</param>
public sealed record FitParameterSummary(string Path, double Start, double Min, double Max, string Scale, double Fitted);
