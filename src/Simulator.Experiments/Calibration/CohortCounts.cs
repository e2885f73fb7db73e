namespace Simulator.Experiments.Calibration;

/// <summary>One replicate's acquisition cohort: how many joined, and how many were still customers at each period.</summary>
/// <param name="Acquired">Customers acquired in the acquisition window (the cohort's size).</param>
/// <param name="Surviving">Of those, still customers at each period asked for, in the same order.</param>
public sealed record CohortCounts(long Acquired, IReadOnlyList<long> Surviving)
{
    /// <summary>Per cent of the cohort still customers at the <paramref name="index"/>-th period; NaN for an empty cohort.</summary>
    public double Percent(int index) => Acquired == 0 ? double.NaN : 100.0 * Surviving[index] / Acquired;
}
