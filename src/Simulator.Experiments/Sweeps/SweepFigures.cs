using Simulator.Model.Metrics;

namespace Simulator.Experiments.Sweeps;

/// <summary>The figures every sweep records per run, and the ones that can be charted (<c>--outcome</c>).</summary>
public static class SweepFigures
{
    /// <summary>Every figure, in the column order of runs.csv.</summary>
    public static IReadOnlyList<SweepFigure> All { get; } =
    [
        new("retention52", "retention52", "Week-0 customers kept after 52 weeks", "Week-0 customers kept after 52 weeks (%)", 100, false, "0.0", 52, h => h.RetentionAt52),
        new("retention104", "retention104", "Week-0 customers kept after 104 weeks", "Week-0 customers kept after 104 weeks (%)", 100, false, "0.0", 104, h => h.RetentionAt104),
        new("cohort_retention52", "cohortRetention52", "Acquired customers kept 52 weeks after joining", "Acquired customers kept 52 weeks after joining (%)", 100, false, "0.0", 53, h => h.CohortRetentionAt52),
        new("final_nps", "nps", $"Final NPS (last {Headlines.FinalNpsWeeks} weeks)", "Final NPS (points)", 1, false, "0.0", 1, h => h.FinalNps),
        new("acquisitions", "acquisitions", "Customers won", "Customers won", 1, true, "#,0", 1, h => h.Acquisitions),
        new("churn_dissatisfied", null, "Customers who left dissatisfied, for nothing", "Customers lost (dissatisfied)", 1, true, "#,0", 1, h => h.ChurnDissatisfied),
        new("churn_switched", null, "Customers who switched to a competitor", "Customers lost (switched)", 1, true, "#,0", 1, h => h.ChurnSwitched),
        new("churn_need_ended", null, "Customers whose need ended", "Customers lost (need ended)", 1, true, "#,0", 1, h => h.ChurnNeedEnded),
        new("revenue", "revenue", "Revenue", "Revenue", 1, false, "#,0", 1, h => h.Revenue),
        new("customers_at_end", "customersAtEnd", "Customers after the last week", "Customers at end", 1, true, "#,0", 1, h => h.CustomersAtEnd),
        new("profit", "profit", "Profit over the run", "Profit", 1, false, "#,0", 1, h => h.Profit),
        new("customer_equity", "equity", "Customer equity", "Customer equity", 1, false, "#,0", 1, h => h.CustomerEquity),
        new("spending", "spending", "Spending on acquisition, service and the experience levers", "Spending", 1, false, "#,0", 1, h => h.Spending),
    ];

    /// <summary>The names <c>--outcome</c> accepts.</summary>
    public static IReadOnlyList<string> OutcomeNames { get; } = [.. All.Where(f => f.Outcome is not null).Select(f => f.Outcome!)];

    /// <summary>The figure charted by default: retention after 104 weeks, or after 52, or the final NPS, whichever the run is long enough for.</summary>
    public static string DefaultOutcome(int weeks) => weeks >= 104 ? "retention104" : weeks >= 52 ? "retention52" : "nps";

    /// <summary>The figure <c>--outcome</c> <paramref name="outcome"/> names.</summary>
    /// <exception cref="ArgumentException">No such outcome.</exception>
    public static SweepFigure ByOutcome(string outcome) =>
        All.FirstOrDefault(f => f.Outcome == outcome)
        ?? throw new ArgumentException($"--outcome {outcome} is not known; allowed: {string.Join(", ", OutcomeNames)}.", nameof(outcome));

    /// <summary>The index of <paramref name="figure"/> in <see cref="All"/>.</summary>
    public static int IndexOf(SweepFigure figure)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], figure))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{figure?.Column}' is not a sweep figure.", nameof(figure));
    }
}
