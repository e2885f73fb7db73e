namespace Simulator.Reporting.Calibration;

/// <summary>A row of the observed table in <c>fit.json</c>.</summary>
/// <param name="Period">Periods since acquisition.</param>
/// <param name="PercentSurviving">Observed per cent still customers.</param>
public sealed record ObservedPointSummary(int Period, double PercentSurviving);
