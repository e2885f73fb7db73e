namespace Simulator.Experiments.Sensitivity;

/// <summary>First-order and total Sobol indices of each input, with bootstrap 95% intervals.</summary>
/// <param name="FirstOrder">S_i: the share of the output's variance due to input i alone.</param>
/// <param name="Total">ST_i: the share due to input i with all its interactions.</param>
/// <param name="Evaluations">How many times the model was run: N (d + 2).</param>
/// <param name="Variance">The output's variance over the samples.</param>
public sealed record SobolResult(IReadOnlyList<SensitivityIndex> FirstOrder, IReadOnlyList<SensitivityIndex> Total, int Evaluations, double Variance);
