using Simulator.Experiments.Statistics;

namespace Simulator.Reporting.Json;

/// <summary>
/// One headline figure over replicates: its mean and the bounds of its t-based 95% confidence interval
/// (<see cref="Interval.Of"/>). The bounds are NaN (<c>null</c> in JSON) with fewer than two replicates
/// with a value; the mean is NaN when no replicate has one.
/// </summary>
/// <param name="Mean">Mean over the replicates with a value.</param>
/// <param name="CiLow">Lower bound of the 95% interval.</param>
/// <param name="CiHigh">Upper bound of the 95% interval.</param>
public sealed record HeadlineInterval(double Mean, double CiLow, double CiHigh)
{
    /// <summary>The mean and 95% interval of <paramref name="values"/> (NaN values left out).</summary>
    public static HeadlineInterval Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var interval = Interval.Of(values.Where(double.IsFinite));
        return new HeadlineInterval(interval.Mean, interval.Lower, interval.Upper);
    }
}
