namespace Simulator.Reporting.Calibration;

/// <summary>A point of the simulated curve in <c>fit.json</c>.</summary>
/// <param name="Period">Periods since acquisition.</param>
/// <param name="PercentSurviving">Simulated per cent still customers at the fitted values.</param>
/// <param name="StartPercentSurviving">Simulated per cent at the start values.</param>
/// <param name="Observed">The observed per cent.</param>
/// <param name="UsedInFit">Whether the period was fitted (false: held out, or period 0).</param>
public sealed record SimulatedPointSummary(int Period, double PercentSurviving, double StartPercentSurviving, double Observed, bool UsedInFit);
