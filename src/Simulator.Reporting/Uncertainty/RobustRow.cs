using Simulator.Experiments.Uncertainty;

namespace Simulator.Reporting.Uncertainty;

/// <summary>One figure of one scenario against the reference, with the scenarios' labels: a line of robust.csv.</summary>
/// <param name="Reference">The reference scenario's label.</param>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="Figure">What was found.</param>
public sealed record RobustRow(string Reference, string Scenario, RobustFigure Figure);
