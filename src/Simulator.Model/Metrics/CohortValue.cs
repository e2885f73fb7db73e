using Simulator.Model.Engine;

namespace Simulator.Model.Metrics;

/// <summary>
/// What a brand's customers are worth, discounted: each acquisition cohort's lifetime value over the run
/// (the discounted margin of its survivors, week by week, minus what winning a customer cost that week;
/// Gupta, Lehmann &amp; Stuart 2004) and the brand's customer equity (after Gupta &amp; Lehmann 2003: the
/// run's discounted profit plus the customers left at the end, each valued m r / (1 + i − r)). The
/// margin of a customer-week is the brand's revenue minus service, lever and unit costs that week over its
/// customers; a customer's first margin is that of the week it was won (undiscounted). Reported only: no
/// rule reads these figures.
/// </summary>
public static class CohortValue
{
    /// <summary>The weekly discount factor 1 / (1 + i)^(1/52) of a yearly rate.</summary>
    public static double WeeklyDiscount(double ratePerYear) => 1 / Math.Pow(1 + ratePerYear, 1.0 / 52);

    /// <summary>Each week's margin per customer of brand <paramref name="brand"/> (NaN in a week without customers).</summary>
    public static double[] Margins(ReplicateResult replicate, int brand)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        return [.. replicate.Ticks.Select(t =>
        {
            var customers = t.Total(brand, Measure.Onboarding) + t.Total(brand, Measure.Active);
            double Money(Counter c) => FixedPoint.ToDouble(t.Total(brand, c));
            return customers == 0 ? double.NaN : (Money(Counter.Revenue) - Money(Counter.ServiceCost) - Money(Counter.LeverCost) - Money(Counter.UnitCost)) / customers;
        })];
    }

    /// <summary>
    /// The lifetime value per customer of the cohort won in week <paramref name="week"/>: Σ_t m_t S(t) d^(t − week)
    /// over the weeks left, S(t) the share of the cohort still customers at the end of week t, minus the
    /// acquisition cost per customer won that week. NaN when the brand won nobody that week.
    /// </summary>
    public static double Clv(ReplicateResult replicate, int brand, int week, double ratePerYear) =>
        Clv(replicate, brand, week, ratePerYear, Margins(replicate, brand));

    /// <summary>As <see cref="Clv(ReplicateResult, int, int, double)"/>, with the brand's weekly margins already computed (<see cref="Margins"/>), for valuing many cohorts of one run.</summary>
    public static double Clv(ReplicateResult replicate, int brand, int week, double ratePerYear, IReadOnlyList<double> margins)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        ArgumentNullException.ThrowIfNull(margins);
        var ticks = replicate.Ticks;
        var slot = TickAggregate.CohortSlot(week);
        var acquired = ticks[week].TotalCohort(brand, slot);
        if (acquired == 0)
        {
            return double.NaN;
        }

        var d = WeeklyDiscount(ratePerYear);
        double value = 0, factor = 1;
        for (var t = week; t < ticks.Count; t++, factor *= d)
        {
            var survivors = ticks[t].TotalCohort(brand, slot);
            if (survivors > 0)
            {
                value += margins[t] * survivors / acquired * factor;
            }
        }

        var won = ticks[week].Total(brand, Counter.Acquisitions) / (double)FixedPoint.Scale;
        var cac = won == 0 ? 0 : FixedPoint.ToDouble(ticks[week].Total(brand, Counter.AcquisitionCost)) / won;
        return value - cac;
    }

    /// <summary>Weeks at the end of a run over which the terminal value's margin and retention are measured.</summary>
    public const int TailWeeks = 13;

    /// <summary>
    /// Customer equity: the discounted profit of the run (every customer's margin minus acquisition
    /// spending, discounted to week 0) plus the value of the customers left at the end, each worth
    /// m r / (1 + i − r) from the next week on (Gupta &amp; Lehmann 2003), m and r the margin per customer-week
    /// and the weekly retention over the last <see cref="TailWeeks"/> weeks, discounted to week 0 too.
    /// Customers the brand would win after the run are not counted.
    /// </summary>
    public static double Equity(ReplicateResult replicate, int brand, double ratePerYear)
    {
        ArgumentNullException.ThrowIfNull(replicate);
        var ticks = replicate.Ticks;
        var d = WeeklyDiscount(ratePerYear);
        double value = 0, factor = 1;
        foreach (var t in ticks)
        {
            double Money(Counter c) => FixedPoint.ToDouble(t.Total(brand, c));
            value += (Money(Counter.Revenue) - Money(Counter.ServiceCost) - Money(Counter.LeverCost) - Money(Counter.UnitCost) - Money(Counter.AcquisitionCost)) * factor;
            factor *= d;
        }

        if (ticks.Count == 0)
        {
            return value;
        }

        // The customers left, valued from the next week on at the margin and retention of the last weeks.
        var from = Math.Max(0, ticks.Count - TailWeeks);
        var tail = ticks.Skip(from).ToArray();
        var margins = Margins(replicate, brand).Skip(from).ToArray();
        long Customers(TickAggregate t) => t.Total(brand, Measure.Onboarding) + t.Total(brand, Measure.Active);
        var customerWeeks = tail.Sum(Customers);
        if (customerWeeks == 0)
        {
            return value;
        }

        var left = tail.Sum(t => t.Total(brand, Counter.ChurnDissatisfied) + t.Total(brand, Counter.ChurnSwitched) + t.Total(brand, Counter.ChurnNeedEnded)) / (double)FixedPoint.Scale;
        var retention = 1 - left / customerWeeks;
        var margin = tail.Select((t, k) => Customers(t) > 0 ? margins[k] * Customers(t) : 0).Sum() / customerWeeks;
        var rate = 1 / d - 1;
        // ClosedForm discounts its first week (the one after the run) by one step from the run's last week.
        return value + Customers(ticks[^1]) * ClosedForm(margin, retention, rate) * factor / d;
    }

    /// <summary>The closed form of a customer's value from the next period on with a constant margin <paramref name="margin"/>, retention <paramref name="retention"/> and discount rate <paramref name="rate"/> per period: m r / (1 + i − r).</summary>
    /// <remarks>NaN when 1 + i − r is not positive (no discounting and nobody leaving: an unbounded value).</remarks>
    public static double ClosedForm(double margin, double retention, double rate) =>
        1 + rate - retention > 0 ? margin * retention / (1 + rate - retention) : double.NaN;
}
