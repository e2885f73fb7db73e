using Simulator.Experiments.Statistics;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// Week-by-week series of the focal brand for comparing scenarios: the rows of <c>weekly.csv</c>, the
/// 95% band of each scenario across replicates, and the paired difference from the first scenario
/// with its band. Every replicate that reached a week counts for that week (an incomplete run still
/// shows what finished).
/// </summary>
public static class WeeklyComparison
{
    /// <summary>Every week of every replicate of brand <paramref name="brand"/> (the focal brand by default), replicate by replicate.</summary>
    public static IReadOnlyList<FocalWeek> Rows(SimulationResult result, int brand = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        var name = result.Scenario.Brands[brand].Name;
        var rows = new List<FocalWeek>();
        foreach (var replicate in result.Replicates)
        {
            var profit = 0.0;
            for (var week = 0; week < replicate.Ticks.Count; week++)
            {
                var row = MetricsTable.Row(replicate.Ticks[week], replicate.Replicate, week, brand, name, -1, MetricsTable.AllSegments);
                var any = row.Customers > 0;
                profit += row.Profit;
                rows.Add(new FocalWeek(
                    replicate.Replicate,
                    week,
                    row.Customers,
                    any ? row.Nps : double.NaN,
                    any ? row.MeanTrust : double.NaN,
                    any ? row.MeanAnger : double.NaN,
                    profit));
            }
        }

        return rows;
    }

    /// <summary>The number of weeks covered: one past the last week of any row.</summary>
    public static int Weeks(IEnumerable<FocalWeek> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => r.Week + 1).DefaultIfEmpty(0).Max();
    }

    /// <summary>For each week from 0 to <paramref name="weeks"/> − 1, the mean of <paramref name="value"/> over replicates and its 95% interval.</summary>
    public static Interval[] Band(IReadOnlyList<FocalWeek> rows, Func<FocalWeek, double> value, int weeks, double level = Interval.DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(value);
        var byWeek = new List<double>[weeks];
        for (var w = 0; w < weeks; w++)
        {
            byWeek[w] = [];
        }

        foreach (var row in rows)
        {
            if (row.Week < weeks)
            {
                byWeek[row.Week].Add(value(row));
            }
        }

        return byWeek.Select(v => Interval.Of(v, level)).ToArray();
    }

    /// <summary>
    /// For each week, the mean over replicates of (treatment − reference) of <paramref name="value"/>,
    /// paired replicate by replicate, and its 95% interval; replicates that reached the week in only
    /// one scenario, or with an undefined value, are left out.
    /// </summary>
    public static Interval[] DifferenceBand(IReadOnlyList<FocalWeek> reference, IReadOnlyList<FocalWeek> treatment, Func<FocalWeek, double> value, int weeks, double level = Interval.DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(treatment);
        ArgumentNullException.ThrowIfNull(value);
        var first = reference.ToDictionary(r => (r.Replicate, r.Week));
        var byWeek = new List<double>[weeks];
        for (var w = 0; w < weeks; w++)
        {
            byWeek[w] = [];
        }

        foreach (var row in treatment)
        {
            if (row.Week < weeks && first.TryGetValue((row.Replicate, row.Week), out var paired))
            {
                byWeek[row.Week].Add(value(row) - value(paired));
            }
        }

        return byWeek.Select(v => Interval.Of(v, level)).ToArray();
    }
}
