namespace Simulator.Experiments.Uncertainty;

/// <summary>What a robust comparison found.</summary>
/// <param name="CompleteSets">The sets whose every scenario and replicate finished (the ones analysed), in order.</param>
/// <param name="Figures">Each scenario's figures against the reference: scenario by scenario, figure by figure.</param>
public sealed record RobustResult(IReadOnlyList<int> CompleteSets, IReadOnlyList<RobustFigure> Figures);
