namespace Simulator.Reporting.Csv;

/// <summary>One row of <c>cohorts.csv</c>: how many of an acquisition cohort were still the brand's customers in a week.</summary>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Brand">Brand name.</param>
/// <param name="Segment">Segment name, or "all".</param>
/// <param name="Cohort">The acquisition week, or "initial" for the customers from before week 0.</param>
/// <param name="Week">Week (0-based).</param>
/// <param name="Customers">The cohort's members still customers that week.</param>
/// <param name="Clv">The cohort's lifetime value per customer won (all segments of a cohort won during the run; NaN otherwise).</param>
/// <param name="Acquired">The cohort's size at the end of its acquisition week.</param>
public sealed record CohortRow(int Replicate, string Brand, string Segment, string Cohort, int Week, long Customers, long Acquired, double Clv = double.NaN)
{
    /// <summary>The share of the cohort still customers.</summary>
    public double Retention => (double)Customers / Acquired;
}
