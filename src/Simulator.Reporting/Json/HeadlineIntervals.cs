using Simulator.Experiments.Statistics;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Json;

/// <summary>
/// The mean and 95% confidence interval over replicates of every numeric field of <see cref="Headlines"/>
/// (see <see cref="HeadlineInterval"/>). Undefined values (NaN, e.g. retention after 52 weeks in a
/// shorter run) are left out, as in <see cref="HeadlineMeans"/>.
/// </summary>
/// <param name="Level">The confidence level of every interval (0.95).</param>
/// <param name="Weeks">Weeks simulated.</param>
/// <param name="CustomersAtStart">Customers before week 0.</param>
/// <param name="CustomersAtEnd">Customers after the last week.</param>
/// <param name="RetentionAt52">Share of week-0 customers still customers after 52 weeks.</param>
/// <param name="RetentionAt104">Same after 104 weeks.</param>
/// <param name="CohortRetentionAt52">Pooled share of acquired customers still customers 52 weeks after acquisition.</param>
/// <param name="Acquisitions">Customers won.</param>
/// <param name="ChurnDissatisfied">Customers who left for nothing.</param>
/// <param name="ChurnSwitched">Customers who left for a competitor.</param>
/// <param name="ChurnNeedEnded">Customers whose need ended.</param>
/// <param name="FinalNps">NPS over the last weeks.</param>
/// <param name="WordOfMouthPositive">Recommendations sent.</param>
/// <param name="WordOfMouthNegative">Warnings sent.</param>
/// <param name="Complaints">Complaints made.</param>
/// <param name="Revenue">Revenue earned.</param>
/// <param name="Costs">Every cost: acquisition, service, the experience levers and the unit cost of serving.</param>
/// <param name="Spending">What the policy spends: acquisition, service and the experience levers (every cost but the unit cost of serving).</param>
/// <param name="Profit">Revenue minus every cost.</param>
/// <param name="CustomerEquity">Discounted profit plus the value of the customers left at the end.</param>
/// <param name="SurveyNps">The NPS the brand's survey reports over the last weeks (the interval is over replicates; each replicate's sampling interval is in its <c>survey</c>).</param>
public sealed record HeadlineIntervals(
    double Level,
    HeadlineInterval Weeks,
    HeadlineInterval CustomersAtStart,
    HeadlineInterval CustomersAtEnd,
    HeadlineInterval RetentionAt52,
    HeadlineInterval RetentionAt104,
    HeadlineInterval CohortRetentionAt52,
    HeadlineInterval Acquisitions,
    HeadlineInterval ChurnDissatisfied,
    HeadlineInterval ChurnSwitched,
    HeadlineInterval ChurnNeedEnded,
    HeadlineInterval FinalNps,
    HeadlineInterval WordOfMouthPositive,
    HeadlineInterval WordOfMouthNegative,
    HeadlineInterval Complaints,
    HeadlineInterval Revenue,
    HeadlineInterval Costs,
    HeadlineInterval Spending,
    HeadlineInterval Profit,
    HeadlineInterval CustomerEquity,
    HeadlineInterval SurveyNps)
{
    /// <summary>The means and intervals of <paramref name="replicates"/>.</summary>
    public static HeadlineIntervals Of(IReadOnlyList<Headlines> replicates)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        HeadlineInterval I(Func<Headlines, double> field) => HeadlineInterval.Of(replicates.Select(field));
        return new HeadlineIntervals(
            Interval.DefaultLevel,
            I(h => h.Weeks),
            I(h => h.CustomersAtStart),
            I(h => h.CustomersAtEnd),
            I(h => h.RetentionAt52),
            I(h => h.RetentionAt104),
            I(h => h.CohortRetentionAt52),
            I(h => h.Acquisitions),
            I(h => h.ChurnDissatisfied),
            I(h => h.ChurnSwitched),
            I(h => h.ChurnNeedEnded),
            I(h => h.FinalNps),
            I(h => h.WordOfMouthPositive),
            I(h => h.WordOfMouthNegative),
            I(h => h.Complaints),
            I(h => h.Revenue),
            I(h => h.Costs),
            I(h => h.Spending),
            I(h => h.Profit),
            I(h => h.CustomerEquity),
            I(h => h.SurveyNps));
    }
}
