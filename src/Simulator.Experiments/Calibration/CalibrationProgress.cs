namespace Simulator.Experiments.Calibration;

/// <summary>Reported after each evaluation of a fit.</summary>
/// <param name="Evaluation">Evaluations done so far.</param>
/// <param name="MaxEvaluations">The budget.</param>
/// <param name="Rmse">This evaluation's error over the fitted periods (percentage points).</param>
/// <param name="BestRmse">The best error so far.</param>
/// <param name="Values">This evaluation's parameter values.</param>
public sealed record CalibrationProgress(int Evaluation, int MaxEvaluations, double Rmse, double BestRmse, IReadOnlyList<double> Values);
