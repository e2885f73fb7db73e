namespace Simulator.Reporting.Calibration;

/// <summary>One evaluation of the fit in <c>fit.json</c>.</summary>
/// <param name="Evaluation">Its number, from 1.</param>
/// <param name="Values">The parameter values, in the order of <see cref="FitSummary.Parameters"/>.</param>
/// <param name="RmseFit">Its error on the fitted periods (percentage points).</param>
/// <param name="MeanCohortSize">The cohort's mean size over replicates.</param>
public sealed record FitEvaluationSummary(int Evaluation, IReadOnlyList<double> Values, double RmseFit, double MeanCohortSize);
