namespace Simulator.Experiments.Comparison;

/// <summary>The analysis of a comparison: for every figure and scenario, the estimate and the paired difference from the first scenario.</summary>
/// <param name="Scenarios">Scenario labels; the first is the reference of every difference.</param>
/// <param name="Figures">The figures, in order.</param>
/// <param name="Rows">One row per figure and scenario, figure by figure, scenarios in order.</param>
public sealed record ComparisonTable(IReadOnlyList<string> Scenarios, IReadOnlyList<HeadlineFigure> Figures, IReadOnlyList<FigureComparison> Rows)
{
    /// <summary>The reference scenario: the first.</summary>
    public string Reference => Scenarios[0];

    /// <summary>The row of figure <paramref name="figureKey"/> and scenario <paramref name="scenario"/>.</summary>
    public FigureComparison Row(string figureKey, string scenario) =>
        Rows.FirstOrDefault(r => r.Figure.Key == figureKey && r.Scenario == scenario)
        ?? throw new KeyNotFoundException($"No row for figure '{figureKey}' and scenario '{scenario}'.");
}
