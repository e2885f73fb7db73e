using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Charts;

/// <summary>
/// Series computed from a result for the charts: per week, the mean over the replicates that reached
/// that week (so an incomplete run still plots what finished).
/// </summary>
public static class ChartData
{
    /// <summary>The most weeks any replicate completed.</summary>
    public static int Weeks(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Replicates.Count == 0 ? 0 : result.Replicates.Max(r => r.Ticks.Count);
    }

    /// <summary>
    /// For each week, the mean over replicates of <paramref name="value"/> of brand <paramref name="brand"/>
    /// and segment <paramref name="segment"/> (-1 for all); NaN values are left out of the mean, and a week
    /// with no value is NaN.
    /// </summary>
    public static double[] Weekly(SimulationResult result, int brand, int segment, Func<MetricsRow, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var brandName = result.Scenario.Brands[brand].Name;
        var segmentName = segment < 0 ? MetricsTable.AllSegments : result.Scenario.Segments[segment].Name;
        return WeeklyOfTicks(result, (r, week, tick) => value(MetricsTable.Row(tick, r.Replicate, week, brand, brandName, segment, segmentName)));
    }

    /// <summary>For each week, the mean over replicates that reached it of <paramref name="value"/> (NaN left out).</summary>
    public static double[] WeeklyOfTicks(SimulationResult result, Func<ReplicateResult, int, TickAggregate, double> value)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(value);
        var weeks = Weeks(result);
        var sums = new double[weeks];
        var counts = new int[weeks];
        foreach (var replicate in result.Replicates)
        {
            for (var week = 0; week < replicate.Ticks.Count; week++)
            {
                var v = value(replicate, week, replicate.Ticks[week]);
                if (double.IsFinite(v))
                {
                    sums[week] += v;
                    counts[week]++;
                }
            }
        }

        return Divide(sums, counts);
    }

    /// <summary>
    /// Pooled cohort survival of brand <paramref name="brand"/> (see <see cref="Headlines.CohortSurvival"/>)
    /// for each age from 0 to the run's length minus one, as the mean over replicates (NaN left out).
    /// </summary>
    public static double[] CohortSurvival(SimulationResult result, int brand)
    {
        ArgumentNullException.ThrowIfNull(result);
        var weeks = Weeks(result);
        var sums = new double[weeks];
        var counts = new int[weeks];
        foreach (var replicate in result.Replicates)
        {
            for (var age = 0; age < replicate.Ticks.Count; age++)
            {
                var v = Headlines.CohortSurvival(replicate.Ticks, brand, age);
                if (double.IsFinite(v))
                {
                    sums[age] += v;
                    counts[age]++;
                }
            }
        }

        return Divide(sums, counts);
    }

    /// <summary>
    /// For each week, the share of brand <paramref name="brand"/>'s week-0 customers in segment
    /// <paramref name="segment"/> (-1 for all) still its customers, as the mean over replicates.
    /// </summary>
    public static double[] InitialRetention(SimulationResult result, int brand, int segment) =>
        WeeklyOfTicks(result, (r, _, tick) =>
        {
            long Cohort(TickAggregate a) => segment < 0 ? a.TotalCohort(brand, 0) : a.GetCohort(brand, segment, 0);
            var start = Cohort(r.Initial);
            return start == 0 ? double.NaN : (double)Cohort(tick) / start;
        });

    private static double[] Divide(double[] sums, int[] counts)
    {
        var means = new double[sums.Length];
        for (var i = 0; i < sums.Length; i++)
        {
            means[i] = counts[i] == 0 ? double.NaN : sums[i] / counts[i];
        }

        return means;
    }
}
