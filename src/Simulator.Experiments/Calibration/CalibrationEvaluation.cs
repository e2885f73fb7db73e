namespace Simulator.Experiments.Calibration;

/// <summary>One simulation run by a fit: the parameter values tried, the simulated curve and its error.</summary>
/// <param name="Number">The evaluation's number, from 1.</param>
/// <param name="Values">The value of each fitted parameter, in the fit's order.</param>
/// <param name="RmseFit">Root mean square error over the fitted periods, in percentage points (NaN for an empty cohort).</param>
/// <param name="Curve">The simulated curve at every period of the observed table.</param>
public sealed record CalibrationEvaluation(int Number, IReadOnlyList<double> Values, double RmseFit, SimulatedRetention Curve);
