namespace Simulator.Experiments.Sensitivity;

/// <summary>An estimate with its bootstrap 95% interval.</summary>
/// <param name="Value">The estimate from all the samples.</param>
/// <param name="Lower">The 2.5th percentile of the bootstrap estimates.</param>
/// <param name="Upper">The 97.5th percentile of the bootstrap estimates.</param>
public readonly record struct SensitivityIndex(double Value, double Lower, double Upper);
