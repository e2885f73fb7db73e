namespace Simulator.Experiments.Uncertainty;

/// <summary>One finished run of a robust comparison: a replicate of one scenario under one parameter set.</summary>
/// <param name="Set">The parameter set.</param>
/// <param name="Scenario">The scenario's position in the comparison (0 is the reference).</param>
/// <param name="Replicate">The replicate (the same random numbers in every scenario and set).</param>
/// <param name="Figures">The focal brand's headline figures, in the order of the figures compared.</param>
public sealed record RobustObservation(int Set, int Scenario, int Replicate, IReadOnlyList<double> Figures);
