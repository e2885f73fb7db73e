namespace Simulator.Experiments.Calibration;

/// <summary>The outcome of a minimisation on the unit cube.</summary>
/// <param name="Best">The best point found, each coordinate in [0, 1].</param>
/// <param name="BestValue">The objective there (positive infinity when no evaluation finished).</param>
/// <param name="Evaluations">Objective evaluations spent (repeated points are answered from memory and not counted).</param>
/// <param name="Stop">Why the search stopped.</param>
public sealed record OptimizationResult(IReadOnlyList<double> Best, double BestValue, int Evaluations, OptimizationStop Stop);
