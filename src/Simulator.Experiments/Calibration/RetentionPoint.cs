namespace Simulator.Experiments.Calibration;

/// <summary>One row of an observed retention table: the share of a cohort still customers after some periods.</summary>
/// <param name="Period">Periods since acquisition (0 = at acquisition).</param>
/// <param name="PercentSurviving">Per cent of the cohort still customers, 0 to 100.</param>
/// <param name="Line">The line of the file the row was read from (0 when built in code).</param>
public sealed record RetentionPoint(int Period, double PercentSurviving, int Line = 0);
