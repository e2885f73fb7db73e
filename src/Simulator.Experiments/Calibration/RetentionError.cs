namespace Simulator.Experiments.Calibration;

/// <summary>How far a simulated retention curve is from an observed one.</summary>
public static class RetentionError
{
    /// <summary>
    /// The root mean square error in percentage points over <paramref name="periods"/>: the square root of the
    /// mean squared difference between simulated and observed per cents. NaN when there are no periods or a
    /// simulated value is undefined (an empty cohort).
    /// </summary>
    public static double Rmse(RetentionTable observed, SimulatedRetention simulated, IEnumerable<int> periods)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(periods);
        double sum = 0;
        var count = 0;
        foreach (var period in periods)
        {
            var difference = simulated.PercentAt(period) - observed.PercentAt(period);
            sum += difference * difference;
            count++;
        }

        return count == 0 ? double.NaN : Math.Sqrt(sum / count);
    }
}
