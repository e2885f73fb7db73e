using Simulator.Model.Engine;

namespace Simulator.Model.Metrics;

/// <summary>
/// The headline figures of one replicate for one brand: what a strategist reads first.
/// </summary>
/// <param name="Brand">Brand name.</param>
/// <param name="Weeks">Weeks simulated.</param>
/// <param name="CustomersAtStart">Customers before week 0.</param>
/// <param name="CustomersAtEnd">Customers after the last week.</param>
/// <param name="RetentionAt52">Share of the customers at week 0 still customers after 52 weeks (NaN if the run is shorter).</param>
/// <param name="RetentionAt104">Same after 104 weeks.</param>
/// <param name="CohortRetentionAt52">Share of customers acquired during the run still customers 52 weeks after acquisition, pooled over cohorts (NaN if none reached 52 weeks).</param>
/// <param name="Acquisitions">Customers won during the run.</param>
/// <param name="ChurnDissatisfied">Customers who left for nothing.</param>
/// <param name="ChurnSwitched">Customers who left for a competitor.</param>
/// <param name="ChurnNeedEnded">Customers whose need ended.</param>
/// <param name="FinalNps">NPS over the last four weeks (promoters and detractors pooled).</param>
/// <param name="WordOfMouthPositive">Recommendations sent.</param>
/// <param name="WordOfMouthNegative">Warnings sent.</param>
/// <param name="Complaints">Complaints made.</param>
/// <param name="Revenue">Revenue earned.</param>
/// <param name="Costs">Every cost: acquisition, service, the experience levers and the unit cost of serving.</param>
/// <param name="Spending">What the policy spends: acquisition, service and the experience levers (every cost but the unit cost of serving).</param>
/// <param name="CustomerEquity">Discounted profit of the run plus the value of the customers left at the end (<see cref="CohortValue.Equity"/>).</param>
/// <param name="Survey">The NPS the brand's survey reports over the last <see cref="SurveyWeeks"/> weeks, with its sampling interval: what the firm sees, beside <paramref name="FinalNps"/>, the true score.</param>
public sealed record Headlines(
    string Brand,
    int Weeks,
    long CustomersAtStart,
    long CustomersAtEnd,
    double RetentionAt52,
    double RetentionAt104,
    double CohortRetentionAt52,
    long Acquisitions,
    long ChurnDissatisfied,
    long ChurnSwitched,
    long ChurnNeedEnded,
    double FinalNps,
    long WordOfMouthPositive,
    long WordOfMouthNegative,
    long Complaints,
    double Revenue,
    double Costs,
    double Spending,
    double CustomerEquity,
    SurveyEstimate Survey)
{
    /// <summary>Weeks of survey answers pooled for the reported NPS: a quarter, as a firm reports it.</summary>
    public const int SurveyWeeks = 13;

    /// <summary>The surveyed NPS (NaN without answers).</summary>
    public double SurveyNps => Survey.Nps;

    /// <summary>Weeks pooled for the final NPS.</summary>
    public const int FinalNpsWeeks = 4;

    /// <summary>Profit over the run: revenue minus every cost.</summary>
    public double Profit => Revenue - Costs;

    /// <summary>Computes the headlines of brand <paramref name="brand"/> in one replicate.</summary>
    public static Headlines Of(SimulationResult result, int replicate, int brand)
    {
        var r = result.Replicates[replicate];
        var ticks = r.Ticks;
        long Sum(Counter c) => ticks.Sum(t => t.Total(brand, c)) / FixedPoint.Scale;
        double Money(Counter c) => FixedPoint.ToDouble(ticks.Sum(t => t.Total(brand, c)));
        long Customers(TickAggregate a) => a.Total(brand, Measure.Onboarding) + a.Total(brand, Measure.Active);

        var start = Customers(r.Initial);
        double Retention(int week) => ticks.Count < week || start == 0 ? double.NaN : (double)ticks[week - 1].TotalCohort(brand, 0) / start;

        var last = ticks.Skip(Math.Max(0, ticks.Count - FinalNpsWeeks)).ToList();
        var scored = last.Sum(Customers);
        var nps = scored == 0 ? 0 : 100.0 * last.Sum(t => t.Total(brand, Measure.Promoters) - t.Total(brand, Measure.Detractors)) / scored;

        return new Headlines(
            result.Scenario.Brands[brand].Name,
            ticks.Count,
            start,
            ticks.Count == 0 ? start : Customers(ticks[^1]),
            Retention(52),
            Retention(104),
            CohortSurvival(ticks, brand, 52),
            Sum(Counter.Acquisitions),
            Sum(Counter.ChurnDissatisfied),
            Sum(Counter.ChurnSwitched),
            Sum(Counter.ChurnNeedEnded),
            nps,
            Sum(Counter.WordOfMouthPositive),
            Sum(Counter.WordOfMouthNegative),
            Sum(Counter.Complaints),
            Money(Counter.Revenue),
            Money(Counter.AcquisitionCost) + Money(Counter.ServiceCost) + Money(Counter.LeverCost) + Money(Counter.UnitCost),
            Money(Counter.AcquisitionCost) + Money(Counter.ServiceCost) + Money(Counter.LeverCost),
            CohortValue.Equity(r, brand, result.Scenario.Market.DiscountRatePerYear),
            SurveyEstimate.Of(ticks.Skip(Math.Max(0, ticks.Count - SurveyWeeks)), brand));
    }

    /// <summary>
    /// Pooled survival <paramref name="age"/> weeks after acquisition: customers of every cohort
    /// old enough, still with the brand at that age, over the same cohorts' size at the end of
    /// their acquisition week. NaN when no cohort is old enough.
    /// </summary>
    public static double CohortSurvival(IReadOnlyList<TickAggregate> ticks, int brand, int age)
    {
        var (acquired, surviving) = Pool(ticks, brand, age);
        return acquired == 0 ? double.NaN : (double)surviving / acquired;
    }

    /// <summary>
    /// How many customers <see cref="CohortSurvival"/> at <paramref name="age"/> rests on: those acquired in
    /// the weeks old enough to have reached that age (few at the oldest ages, where the curve gets noisy).
    /// </summary>
    public static long PooledCohortSize(IReadOnlyList<TickAggregate> ticks, int brand, int age) => Pool(ticks, brand, age).Acquired;

    private static (long Acquired, long Surviving) Pool(IReadOnlyList<TickAggregate> ticks, int brand, int age)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        long acquired = 0, surviving = 0;
        for (var week = 0; week + age < ticks.Count; week++)
        {
            var slot = TickAggregate.CohortSlot(week);
            acquired += ticks[week].TotalCohort(brand, slot);
            surviving += ticks[week + age].TotalCohort(brand, slot);
        }

        return (acquired, surviving);
    }
}
