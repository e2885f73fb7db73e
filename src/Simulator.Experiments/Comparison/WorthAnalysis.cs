using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// "Is it worth it?" for each scenario of a comparison against the first, on common random numbers:
/// paired differences of revenue, cost and profit, the return on investment (incremental profit /
/// incremental cost, with a deterministic percentile bootstrap over the replicate pairs, since a
/// ratio of means has no t interval), and the payback week (the first week from which the cumulative
/// profit difference never falls below zero again; a replicate still behind at the end has not paid back).
/// </summary>
public static class WorthAnalysis
{
    /// <summary>Bootstrap resamples behind the ROI interval.</summary>
    public const int Resamples = 2000;

    /// <summary>Every scenario after the first, against the first.</summary>
    public static IReadOnlyList<PolicyWorth> Of(ComparisonRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var worth = new List<PolicyWorth>();
        for (var s = 1; s < run.Labels.Count; s++)
        {
            var label = run.Labels[s];
            Interval Difference(HeadlineFigure figure) => run.Table.Row(figure.Key, label).Difference ?? Interval.Of([]);
            var (refRevenue, revenue) = Pair(run, HeadlineFigures.Revenue, s);
            var (refCost, cost) = Pair(run, HeadlineFigures.Costs, s);
            var deltaProfit = revenue.Zip(cost, (r, c) => r - c).Zip(refRevenue.Zip(refCost, (r, c) => r - c), (t, b) => t - b).ToArray();
            var deltaCost = cost.Zip(refCost, (t, b) => t - b).ToArray();
            var complete = Complete(run, 0).Intersect(Complete(run, s)).ToHashSet();
            var paybacks = PaybackWeeks([.. run.Weekly[0].Where(w => complete.Contains(w.Replicate))], [.. run.Weekly[s].Where(w => complete.Contains(w.Replicate))]);
            var paid = paybacks.Where(double.IsFinite).ToArray();
            worth.Add(new PolicyWorth(
                label,
                Difference(HeadlineFigures.Revenue),
                Difference(HeadlineFigures.Costs),
                Difference(HeadlineFigures.Profit),
                Roi(deltaProfit, deltaCost, seed: (ulong)s),
                Interval.Of(paid),
                paid.Length,
                paybacks.Count));
        }

        return worth;
    }

    /// <summary>Incremental profit over incremental cost, with a percentile bootstrap interval; NaN when the mean incremental cost is not positive.</summary>
    public static (double Value, double Lower, double Upper) Roi(IReadOnlyList<double> deltaProfit, IReadOnlyList<double> deltaCost, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(deltaProfit);
        ArgumentNullException.ThrowIfNull(deltaCost);
        var n = deltaProfit.Count;
        static double Ratio(double profit, double cost) => cost > 0 ? profit / cost : double.NaN;
        if (n == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var value = Ratio(deltaProfit.Average(), deltaCost.Average());
        if (n < 2 || !double.IsFinite(value))
        {
            return (value, double.NaN, double.NaN);
        }

        var boots = new double[Resamples];
        for (var b = 0; b < Resamples; b++)
        {
            double profit = 0, cost = 0;
            for (var i = 0; i < n; i++)
            {
                var k = (int)(Uniform(seed, b, i) * n);
                profit += deltaProfit[k];
                cost += deltaCost[k];
            }

            boots[b] = Ratio(profit / n, cost / n);
        }

        var defined = boots.Where(double.IsFinite).Order().ToArray();
        // A resample in which the scenario costs no more has no ratio: the interval is then open-ended.
        if (defined.Length < Resamples)
        {
            return (value, double.NaN, double.NaN);
        }

        return (value, MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(defined, 0.025), MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(defined, 0.975));
    }

    /// <summary>
    /// Each replicate's payback week: the first week from which the treatment's cumulative profit minus the
    /// reference's stays at or above zero to the end of the run; NaN when it is below zero at the end.
    /// </summary>
    public static IReadOnlyList<double> PaybackWeeks(IReadOnlyList<FocalWeek> reference, IReadOnlyList<FocalWeek> treatment)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(treatment);
        var baseline = reference.ToDictionary(r => (r.Replicate, r.Week), r => r.CumulativeProfit);
        var weeks = new List<double>();
        foreach (var replicate in treatment.GroupBy(r => r.Replicate).OrderBy(g => g.Key))
        {
            var payback = double.NaN;
            foreach (var week in replicate.OrderBy(r => r.Week))
            {
                if (!baseline.TryGetValue((week.Replicate, week.Week), out var other))
                {
                    continue;
                }

                var ahead = week.CumulativeProfit - other >= 0;
                payback = ahead ? double.IsNaN(payback) ? week.Week : payback : double.NaN;
            }

            weeks.Add(payback);
        }

        return weeks;
    }

    // The replicate values of figure for the reference (scenario 0) and scenario s, paired by replicate number.
    private static (double[] Reference, double[] Treatment) Pair(ComparisonRun run, HeadlineFigure figure, int s)
    {
        var reference = ScenarioSample.Of(run.Labels[0], run.Results[0], [figure]).Replicates.ToDictionary(r => r.Replicate, r => r[figure.Key]);
        var treatment = ScenarioSample.Of(run.Labels[s], run.Results[s], [figure]).Replicates.ToDictionary(r => r.Replicate, r => r[figure.Key]);
        var both = reference.Keys.Intersect(treatment.Keys).Order().ToArray();
        return ([.. both.Select(r => reference[r])], [.. both.Select(r => treatment[r])]);
    }

    // The replicates of scenario s that ran every week.
    private static IEnumerable<int> Complete(ComparisonRun run, int s) =>
        run.Results[s].Replicates.Where(r => r.Ticks.Count >= run.Results[s].Scenario.Weeks).Select(r => r.Replicate);

    private static double Uniform(ulong seed, int resample, int index) => Uniforms.Next(seed, 0x7A0B_0000_0000_0000UL, resample, index);
}
