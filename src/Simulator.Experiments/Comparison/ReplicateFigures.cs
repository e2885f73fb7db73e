namespace Simulator.Experiments.Comparison;

/// <summary>The headline figures of one replicate of one scenario, by <see cref="HeadlineFigure.Key"/>.</summary>
/// <param name="Replicate">The replicate index: replicate k of every scenario used the same random numbers.</param>
/// <param name="Values">The figures, by key (NaN where undefined).</param>
public sealed record ReplicateFigures(int Replicate, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>The value of figure <paramref name="key"/>, NaN when missing.</summary>
    public double this[string key] => Values.TryGetValue(key, out var value) ? value : double.NaN;
}
