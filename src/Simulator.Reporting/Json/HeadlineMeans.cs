using Simulator.Model.Metrics;

namespace Simulator.Reporting.Json;

/// <summary>
/// The mean over replicates of every numeric field of <see cref="Headlines"/>. An undefined value (NaN,
/// e.g. retention after 52 weeks in a shorter run) is left out of its mean; the mean is NaN when no
/// replicate has a value.
/// </summary>
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
/// <param name="SurveyNps">The NPS the brand's survey reports over the last weeks.</param>
public sealed record HeadlineMeans(
    double Weeks,
    double CustomersAtStart,
    double CustomersAtEnd,
    double RetentionAt52,
    double RetentionAt104,
    double CohortRetentionAt52,
    double Acquisitions,
    double ChurnDissatisfied,
    double ChurnSwitched,
    double ChurnNeedEnded,
    double FinalNps,
    double WordOfMouthPositive,
    double WordOfMouthNegative,
    double Complaints,
    double Revenue,
    double Costs,
    double Spending,
    double Profit,
    double CustomerEquity,
    double SurveyNps)
{
    /// <summary>The means of <paramref name="replicates"/>.</summary>
    public static HeadlineMeans Of(IReadOnlyList<Headlines> replicates)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        double M(Func<Headlines, double> field) => MeanOfDefined(replicates.Select(field));
        return new HeadlineMeans(
            M(h => h.Weeks),
            M(h => h.CustomersAtStart),
            M(h => h.CustomersAtEnd),
            M(h => h.RetentionAt52),
            M(h => h.RetentionAt104),
            M(h => h.CohortRetentionAt52),
            M(h => h.Acquisitions),
            M(h => h.ChurnDissatisfied),
            M(h => h.ChurnSwitched),
            M(h => h.ChurnNeedEnded),
            M(h => h.FinalNps),
            M(h => h.WordOfMouthPositive),
            M(h => h.WordOfMouthNegative),
            M(h => h.Complaints),
            M(h => h.Revenue),
            M(h => h.Costs),
            M(h => h.Spending),
            M(h => h.Profit),
            M(h => h.CustomerEquity),
            M(h => h.SurveyNps));
    }

    /// <summary>The mean of the finite values, NaN when there is none.</summary>
    public static double MeanOfDefined(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }
}
