using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// The retention curve of a simulated acquisition cohort. The cohort is every customer the brand acquired
/// in weeks 0 to <c>cohortWeeks</c> − 1 of the run, pooled (customers won during the burn-in are not in it);
/// period <c>p</c> of a customer acquired in week <c>w</c> is the end of week <c>w + p · periodWeeks</c>,
/// so every customer is measured at the same age. A customer counts as surviving while still with the brand
/// under the same acquisition (<see cref="TickAggregate.CohortSlot"/>): one who leaves and comes back later
/// belongs to the later week's cohort, as in a subscription business's own cohort tables.
/// </summary>
public static class CohortRetention
{
    /// <summary>The weeks a run needs so that every cohort week reaches <paramref name="lastPeriod"/>: the window plus the last period in weeks.</summary>
    public static int RequiredWeeks(int cohortWeeks, int periodWeeks, int lastPeriod)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cohortWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(lastPeriod);
        return checked(cohortWeeks + (lastPeriod * periodWeeks));
    }

    /// <summary>The age in weeks of period <paramref name="period"/>.</summary>
    public static int AgeInWeeks(int period, int periodWeeks) => checked(period * periodWeeks);

    /// <summary>One replicate's cohort counts for brand <paramref name="brand"/>.</summary>
    /// <exception cref="ArgumentException">The replicate has fewer weeks than <see cref="RequiredWeeks"/>.</exception>
    public static CohortCounts Count(ReplicateResult replicate, int brand, int cohortWeeks, int periodWeeks, IReadOnlyList<int> periods)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(periods);
        var ticks = replicate.Ticks;
        var needed = RequiredWeeks(cohortWeeks, periodWeeks, periods.Count == 0 ? 0 : periods.Max());
        if (ticks.Count < needed)
        {
            throw new ArgumentException(FormattableString.Invariant($"Replicate {replicate.Replicate} has {ticks.Count} weeks; the cohort needs {needed}."), nameof(replicate));
        }

        long acquired = 0;
        for (var week = 0; week < cohortWeeks; week++)
        {
            acquired += ticks[week].TotalCohort(brand, TickAggregate.CohortSlot(week));
        }

        var surviving = new long[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var age = AgeInWeeks(periods[i], periodWeeks);
            for (var week = 0; week < cohortWeeks; week++)
            {
                surviving[i] += ticks[week + age].TotalCohort(brand, TickAggregate.CohortSlot(week));
            }
        }

        return new CohortCounts(acquired, surviving);
    }

    /// <summary>
    /// The curve averaged over replicates: the mean of each replicate's per cent surviving (replicates whose
    /// cohort is empty are left out; NaN when all are).
    /// </summary>
    public static SimulatedRetention Of(SimulationResult result, int brand, int cohortWeeks, int periodWeeks, IReadOnlyList<int> periods)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(periods);
        var counts = result.Replicates.Select(r => Count(r, brand, cohortWeeks, periodWeeks, periods)).ToArray();
        var percent = new double[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var values = counts.Where(c => c.Acquired > 0).Select(c => c.Percent(i)).ToArray();
            percent[i] = values.Length == 0 ? double.NaN : values.Average();
        }

        return new SimulatedRetention([.. periods], percent, [.. counts.Select(c => c.Acquired)]);
    }
}
