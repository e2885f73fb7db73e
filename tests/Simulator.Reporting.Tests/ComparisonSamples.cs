using Simulator.Experiments.Comparison;

namespace Simulator.Tests.Shared;

/// <summary>A small comparison of three scenarios over four replicates, for the writers' tests.</summary>
public static class ComparisonSamples
{
    public static readonly HeadlineFigure Retention = HeadlineFigures.RetentionAt52;

    public static ComparisonTable Synthetic() => ComparisonAnalysis.Analyse(
        [
            Sample("A", (0, 50), (1, 52), (2, 54), (3, 56)),
            Sample("B", (0, 55), (1, 58), (2, 57), (3, 62)),
            Sample("C", (3, 55), (2, 56), (1, 51), (0, 51)),
        ],
        [Retention]);

    public static ScenarioSample Sample(string name, params (int Replicate, double Value)[] values) =>
        new(name, values.Select(v => new ReplicateFigures(v.Replicate, new Dictionary<string, double> { [Retention.Key] = v.Value })).ToArray());
}
