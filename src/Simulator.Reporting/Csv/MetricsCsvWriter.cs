using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// Writes <c>metrics.csv</c>: one tidy row per replicate, week, brand and segment ("all" first, then
/// each segment), exactly in the order of <see cref="MetricsTable.Rows"/>.
/// </summary>
public static class MetricsCsvWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "metrics.csv";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "replicate", "week", "brand", "segment",
        "prospects", "aware", "considering", "onboarding", "active", "churned", "customers",
        "acquisitions", "win_backs", "churn_dissatisfied", "churn_switched", "churn_need_ended", "trapped",
        "promoters", "passives", "detractors", "nps", "wom_positive", "wom_negative",
        "complaints", "revenge_acts", "feedback_requested", "feedback_given", "feedback_acted",
        "incidents", "service_contacts", "problems_resolved", "with_open_problem",
        "mean_trust", "mean_satisfaction", "mean_anger", "mean_joy", "mean_expectation",
        "revenue", "termination_fees", "acquisition_cost", "service_cost", "ad_impressions", "marketing_contacts",
    ];

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        foreach (var row in MetricsTable.Rows(result))
        {
            CsvFormat.WriteRecord(writer, Fields(row));
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result) => CsvFormat.ToText(w => Write(result, w));

    /// <summary>The fields of one row, formatted, in the order of <see cref="Columns"/>.</summary>
    public static string[] Fields(MetricsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        static string N(long v) => CsvFormat.Number(v);
        static string D(double v) => CsvFormat.Number(v);
        return
        [
            N(row.Replicate), N(row.Week), CsvFormat.Text(row.Brand), CsvFormat.Text(row.Segment),
            N(row.Prospects), N(row.Aware), N(row.Considering), N(row.Onboarding), N(row.Active), N(row.Churned), N(row.Customers),
            N(row.Acquisitions), N(row.WinBacks), N(row.ChurnDissatisfied), N(row.ChurnSwitched), N(row.ChurnNeedEnded), N(row.Trapped),
            N(row.Promoters), N(row.Passives), N(row.Detractors), D(row.Nps), N(row.WordOfMouthPositive), N(row.WordOfMouthNegative),
            N(row.Complaints), N(row.RevengeActs), N(row.FeedbackRequested), N(row.FeedbackGiven), N(row.FeedbackActed),
            N(row.Incidents), N(row.ServiceContacts), N(row.ProblemsResolved), N(row.WithOpenProblem),
            D(row.MeanTrust), D(row.MeanSatisfaction), D(row.MeanAnger), D(row.MeanJoy), D(row.MeanExpectation),
            D(row.Revenue), D(row.TerminationFees), D(row.AcquisitionCost), D(row.ServiceCost), N(row.AdImpressions), N(row.MarketingContacts),
        ];
    }
}
