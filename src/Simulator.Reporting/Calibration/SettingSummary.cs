namespace Simulator.Reporting.Calibration;

/// <summary>A setting changed before the fit (<c>--set</c>), in <c>fit.json</c>.</summary>
/// <param name="Path">The setting's path.</param>
/// <param name="Value">Its value.</param>
public sealed record SettingSummary(string Path, double Value);
