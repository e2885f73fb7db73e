using Simulator.Model.Metrics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// The headline figures of the focal brand that <c>cxsim compare</c> reports, each per replicate, then
/// as a mean with its 95% interval and as a paired difference from the first scenario.
/// </summary>
public static class HeadlineFigures
{
    /// <summary>Share of the week-0 customers still customers after 52 weeks, in per cent (differences in percentage points).</summary>
    public static HeadlineFigure RetentionAt52 { get; } = new(
        "retention_52", "Week-0 customers kept after 52 weeks (%)", "Retention 52 wk", "%", "points", "0.0",
        h => 100 * h.RetentionAt52);

    /// <summary>Share of the week-0 customers still customers after 104 weeks, in per cent (NaN when the run is shorter).</summary>
    public static HeadlineFigure RetentionAt104 { get; } = new(
        "retention_104", "Week-0 customers kept after 104 weeks (%)", "Retention 104 wk", "%", "points", "0.0",
        h => 100 * h.RetentionAt104);

    /// <summary>Customers won during the run (acquisitions, including win-backs and arriving switchers).</summary>
    public static HeadlineFigure Acquisitions { get; } = new(
        "acquisitions", "Customers acquired during the run", "Acquisitions", "customers", "customers", "#,0",
        h => h.Acquisitions);

    /// <summary>Customers (onboarding and active) after the last week.</summary>
    public static HeadlineFigure CustomersAtEnd { get; } = new(
        "customers_at_end", "Customers at the end of the run", "Customers at end", "customers", "customers", "#,0",
        h => h.CustomersAtEnd);

    /// <summary>NPS over the last four weeks (<see cref="Headlines.FinalNps"/>), in points from -100 to 100.</summary>
    public static HeadlineFigure FinalNps { get; } = new(
        "final_nps", "Final NPS (last 4 weeks, points)", "Final NPS", "points", "points", "0.0",
        h => h.FinalNps);

    /// <summary>Revenue over the run (weekly prices and termination fees).</summary>
    public static HeadlineFigure Revenue { get; } = new(
        "revenue", "Revenue over the run", "Revenue", "currency", "currency", "#,0",
        h => h.Revenue);

    /// <summary>Every cost over the run: acquisition, service, the experience levers and the unit cost of serving.</summary>
    public static HeadlineFigure Costs { get; } = new(
        "costs", "Costs over the run (acquisition, service, experience levers, unit cost)", "Costs", "currency", "currency", "#,0",
        h => h.Costs) { LowerIsBetter = true };

    /// <summary>Profit over the run: revenue minus acquisition, service, experience-lever and unit costs.</summary>
    public static HeadlineFigure Profit { get; } = new(
        "profit", "Profit over the run (revenue minus every cost)", "Profit", "currency", "currency", "#,0",
        h => h.Profit);

    /// <summary>Customer equity: the run's discounted profit plus the value of the customers left at the end (Gupta &amp; Lehmann 2003).</summary>
    public static HeadlineFigure CustomerEquity { get; } = new(
        "customer_equity", "Customer equity (discounted profit plus the customers left, valued m r / (1 + i - r))", "Customer equity", "currency", "currency", "#,0",
        h => h.CustomerEquity);

    /// <summary>Customer lifetime value over the run window: see <see cref="CustomerLifetimeValue"/>.</summary>
    public static HeadlineFigure Clv { get; } = new(
        "clv", "Customer lifetime value, run window (currency per customer served)", "CLV", "per customer", "per customer", "#,0.00",
        CustomerLifetimeValue);

    /// <summary>Every figure, in the order of tables and charts.</summary>
    public static IReadOnlyList<HeadlineFigure> All { get; } =
        [RetentionAt52, RetentionAt104, Acquisitions, CustomersAtEnd, FinalNps, Revenue, Costs, Profit, CustomerEquity, Clv];

    /// <summary>
    /// Customer lifetime value over the run window: the brand's profit over the run (revenue minus
    /// every cost) divided by the customers it served (its customers at week 0 plus
    /// the customers it acquired during the run). It is the realised, undiscounted and horizon-truncated
    /// form of the standard definition CLV = Σ_t (p_t − c_t) r_t − AC (Gupta et al. 2006, "Modeling
    /// customer lifetime value", Journal of Service Research 9(2)), averaged over customers: a figure of
    /// the run's window, not of a customer's whole life. NaN when the brand served nobody.
    /// </summary>
    public static double CustomerLifetimeValue(Headlines headlines)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        var served = headlines.CustomersAtStart + headlines.Acquisitions;
        return served == 0 ? double.NaN : (headlines.Revenue - headlines.Costs) / served;
    }
}
