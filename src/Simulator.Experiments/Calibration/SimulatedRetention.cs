namespace Simulator.Experiments.Calibration;

/// <summary>The simulated retention curve of an acquisition cohort, averaged over replicates.</summary>
/// <param name="Periods">The periods, in order.</param>
/// <param name="Percent">Mean per cent of the cohort still customers at each period (NaN when every replicate's cohort was empty).</param>
/// <param name="CohortSizes">Each replicate's cohort size.</param>
public sealed record SimulatedRetention(IReadOnlyList<int> Periods, IReadOnlyList<double> Percent, IReadOnlyList<long> CohortSizes)
{
    /// <summary>The mean cohort size over replicates.</summary>
    public double MeanCohortSize => CohortSizes.Count == 0 ? 0 : CohortSizes.Average();

    /// <summary>The simulated per cent at <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The curve has no such period.</exception>
    public double PercentAt(int period)
    {
        for (var i = 0; i < Periods.Count; i++)
        {
            if (Periods[i] == period)
            {
                return Percent[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(period), period, $"The curve has no period {period}.");
    }
}
