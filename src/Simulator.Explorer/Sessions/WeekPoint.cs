using Simulator.Model.Metrics;

namespace Simulator.Explorer.Sessions;

/// <summary>What the page charts for one week of one brand: retention, advocacy, feelings, stages, profit and every brand's customers.</summary>
/// <param name="Week">The week (0-based).</param>
/// <param name="Retention">Share of the week-0 customers still customers (0-1).</param>
/// <param name="Customers">Customers (onboarding and active).</param>
/// <param name="Nps">Net promoter score (-100 to 100).</param>
/// <param name="Promoters">Promoters as a share of customers (0-1).</param>
/// <param name="Detractors">Detractors as a share of customers (0-1).</param>
/// <param name="Trust">Mean trust of customers (0-1).</param>
/// <param name="Satisfaction">Mean satisfaction of customers (0-1).</param>
/// <param name="Joy">Mean joy of customers (0-1).</param>
/// <param name="Anger">Mean anger of customers (0-1).</param>
/// <param name="Prospects">People with no relationship yet.</param>
/// <param name="Aware">Prospects aware of the brand.</param>
/// <param name="Considering">People considering the brand.</param>
/// <param name="Onboarding">Customers in their first weeks.</param>
/// <param name="Active">Settled customers.</param>
/// <param name="Churned">Former customers.</param>
/// <param name="Acquisitions">New customers this week.</param>
/// <param name="Departures">Customers lost this week, whatever the reason.</param>
/// <param name="Profit">Profit this week: revenue minus every cost (acquisition, service, experience levers, unit cost).</param>
/// <param name="CumulativeProfit">Profit from week 0 to this week.</param>
/// <param name="BrandCustomers">Customers of every brand, in the scenario's order.</param>
public sealed record WeekPoint(
    int Week,
    double Retention,
    double Customers,
    double Nps,
    double Promoters,
    double Detractors,
    double Trust,
    double Satisfaction,
    double Joy,
    double Anger,
    double Prospects,
    double Aware,
    double Considering,
    double Onboarding,
    double Active,
    double Churned,
    double Acquisitions,
    double Departures,
    double Profit,
    double CumulativeProfit,
    IReadOnlyList<double> BrandCustomers)
{
    /// <summary>
    /// The point of brand <paramref name="brand"/> in week <paramref name="week"/>, against the customers the brand had at week 0;
    /// <paramref name="previous"/> is the same replicate's point of the week before (none at week 0).
    /// </summary>
    public static WeekPoint Of(TickAggregate tick, int week, int brand, long startCustomers, WeekPoint? previous)
    {
        var row = MetricsTable.Row(tick, 0, week, brand, "", -1, MetricsTable.AllSegments);
        var customers = row.Customers;
        double Share(long n) => customers == 0 ? 0 : (double)n / customers;
        return new WeekPoint(
            week,
            startCustomers == 0 ? 0 : (double)tick.TotalCohort(brand, 0) / startCustomers,
            customers,
            row.Nps,
            Share(row.Promoters),
            Share(row.Detractors),
            row.MeanTrust,
            row.MeanSatisfaction,
            row.MeanJoy,
            row.MeanAnger,
            row.Prospects,
            row.Aware,
            row.Considering,
            row.Onboarding,
            row.Active,
            row.Churned,
            row.Acquisitions,
            row.ChurnDissatisfied + row.ChurnSwitched + row.ChurnNeedEnded,
            row.Profit,
            (previous?.CumulativeProfit ?? 0) + row.Profit,
            [.. Enumerable.Range(0, tick.Brands).Select(b => (double)CustomersOf(tick, b))]);
    }

    /// <summary>Customers of brand <paramref name="brand"/> in <paramref name="tick"/>: the base retention is measured against.</summary>
    public static long CustomersOf(TickAggregate tick, int brand) => tick.Total(brand, Measure.Onboarding) + tick.Total(brand, Measure.Active);

    /// <summary>One point of the same week from the points of several replicates, every figure combined by <paramref name="combine"/> (a mean, an interval's bound).</summary>
    public static WeekPoint Combine(IReadOnlyList<WeekPoint> points, Func<IReadOnlyList<double>, double> combine)
    {
        ArgumentNullException.ThrowIfNull(points);
        double C(Func<WeekPoint, double> figure) => combine([.. points.Select(figure)]);
        return new WeekPoint(
            points[0].Week,
            C(p => p.Retention),
            C(p => p.Customers),
            C(p => p.Nps),
            C(p => p.Promoters),
            C(p => p.Detractors),
            C(p => p.Trust),
            C(p => p.Satisfaction),
            C(p => p.Joy),
            C(p => p.Anger),
            C(p => p.Prospects),
            C(p => p.Aware),
            C(p => p.Considering),
            C(p => p.Onboarding),
            C(p => p.Active),
            C(p => p.Churned),
            C(p => p.Acquisitions),
            C(p => p.Departures),
            C(p => p.Profit),
            C(p => p.CumulativeProfit),
            [.. points[0].BrandCustomers.Select((_, b) => C(p => p.BrandCustomers[b]))]);
    }
}
