using Simulator.Experiments.Statistics;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Charts;

/// <summary>
/// Series computed from a result for the charts: per week, the mean over the replicates that reached
/// that week (so an incomplete run still plots what finished), and its t-based 95% interval
/// (<see cref="Interval.Of"/>) for the bands drawn when there are several replicates.
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
    public static double[] Weekly(SimulationResult result, int brand, int segment, Func<MetricsRow, double> value) =>
        Means(WeeklyIntervals(result, brand, segment, value));

    /// <summary>
    /// For each week, the mean and 95% interval over replicates of <paramref name="value"/> of brand
    /// <paramref name="brand"/> and segment <paramref name="segment"/> (-1 for all); NaN values are left out.
    /// </summary>
    public static Interval[] WeeklyIntervals(SimulationResult result, int brand, int segment, Func<MetricsRow, double> value)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(value);
        var brandName = result.Scenario.Brands[brand].Name;
        var segmentName = segment < 0 ? MetricsTable.AllSegments : result.Scenario.Segments[segment].Name;
        return WeeklyIntervalsOfTicks(result, (r, week, tick) => value(MetricsTable.Row(tick, r.Replicate, week, brand, brandName, segment, segmentName)));
    }

    /// <summary>For each week, the mean over replicates that reached it of <paramref name="value"/> (NaN left out).</summary>
    public static double[] WeeklyOfTicks(SimulationResult result, Func<ReplicateResult, int, TickAggregate, double> value) =>
        Means(WeeklyIntervalsOfTicks(result, value));

    /// <summary>For each week, the mean and 95% interval over replicates that reached it of <paramref name="value"/> (NaN left out).</summary>
    public static Interval[] WeeklyIntervalsOfTicks(SimulationResult result, Func<ReplicateResult, int, TickAggregate, double> value)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(value);
        return OverReplicates(result, (replicate, week) => value(replicate, week, replicate.Ticks[week]));
    }

    /// <summary>
    /// Pooled cohort survival of brand <paramref name="brand"/> (see <see cref="Headlines.CohortSurvival"/>)
    /// for each age from 0 to the run's length minus one, as the mean over replicates (NaN left out).
    /// </summary>
    public static double[] CohortSurvival(SimulationResult result, int brand) => Means(CohortSurvivalIntervals(result, brand));

    /// <summary>
    /// As <see cref="CohortSurvival"/>, with the 95% interval over replicates at each age; a replicate whose
    /// pooled cohort at an age holds fewer than <paramref name="minimumCohort"/> customers adds nothing there.
    /// </summary>
    public static Interval[] CohortSurvivalIntervals(SimulationResult result, int brand, int minimumCohort = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        return OverReplicates(result, (replicate, age) => Headlines.PooledCohortSize(replicate.Ticks, brand, age) < minimumCohort
            ? double.NaN
            : Headlines.CohortSurvival(replicate.Ticks, brand, age));
    }

    /// <summary>
    /// For each week, the share of brand <paramref name="brand"/>'s week-0 customers in segment
    /// <paramref name="segment"/> (-1 for all) still its customers, as the mean over replicates.
    /// </summary>
    public static double[] InitialRetention(SimulationResult result, int brand, int segment) =>
        Means(InitialRetentionIntervals(result, brand, segment));

    /// <summary>As <see cref="InitialRetention"/>, with the 95% interval over replicates in each week.</summary>
    public static Interval[] InitialRetentionIntervals(SimulationResult result, int brand, int segment) =>
        WeeklyIntervalsOfTicks(result, (r, _, tick) =>
        {
            long Cohort(TickAggregate a) => segment < 0 ? a.TotalCohort(brand, 0) : a.GetCohort(brand, segment, 0);
            var start = Cohort(r.Initial);
            return start == 0 ? double.NaN : (double)Cohort(tick) / start;
        });

    /// <summary>The means of <paramref name="intervals"/> (NaN where undefined).</summary>
    public static double[] Means(IReadOnlyList<Interval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var means = new double[intervals.Count];
        for (var i = 0; i < means.Length; i++)
        {
            means[i] = intervals[i].Mean;
        }

        return means;
    }

    // For each week (or age) up to the longest replicate: the interval of the finite values of the
    // replicates that reached it.
    private static Interval[] OverReplicates(SimulationResult result, Func<ReplicateResult, int, double> value)
    {
        var weeks = Weeks(result);
        var values = new List<double>[weeks];
        for (var week = 0; week < weeks; week++)
        {
            values[week] = new List<double>(result.Replicates.Count);
        }

        foreach (var replicate in result.Replicates)
        {
            for (var week = 0; week < replicate.Ticks.Count; week++)
            {
                var v = value(replicate, week);
                if (double.IsFinite(v))
                {
                    values[week].Add(v);
                }
            }
        }

        return values.Select(v => Interval.Of(v)).ToArray();
    }
}
