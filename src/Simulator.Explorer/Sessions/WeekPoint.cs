using Simulator.Model.Metrics;

namespace Simulator.Explorer.Sessions;

/// <summary>What the page charts for one week of one brand: retention, advocacy, feelings, stages and profit.</summary>
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
public sealed record WeekPoint(
    int Week,
    double Retention,
    long Customers,
    double Nps,
    double Promoters,
    double Detractors,
    double Trust,
    double Satisfaction,
    double Joy,
    double Anger,
    long Prospects,
    long Aware,
    long Considering,
    long Onboarding,
    long Active,
    long Churned,
    long Acquisitions,
    long Departures,
    double Profit)
{
    /// <summary>The point of brand <paramref name="brand"/> in week <paramref name="week"/>, against the customers the brand had at week 0.</summary>
    public static WeekPoint Of(TickAggregate tick, int week, int brand, long startCustomers)
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
            row.Profit);
    }

    /// <summary>Customers of brand <paramref name="brand"/> in <paramref name="tick"/>: the base retention is measured against.</summary>
    public static long CustomersOf(TickAggregate tick, int brand) => tick.Total(brand, Measure.Onboarding) + tick.Total(brand, Measure.Active);
}
