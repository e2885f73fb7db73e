using Simulator.Model.Customers;
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

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<MetricsRow>> Columns { get; } =
    [
        CsvColumn<MetricsRow>.Key("replicate", "index", "Replicate index.", r => r.Replicate),
        CsvColumn<MetricsRow>.Key("week", "week", "Week (0-based).", r => r.Week),
        CsvColumn<MetricsRow>.Key("brand", "Brand name.", r => r.Brand),
        CsvColumn<MetricsRow>.Key("segment", "Segment name, or \"all\".", r => r.Segment),
        CsvColumn<MetricsRow>.Count("prospects", "people", "People who do not know the brand and were never its customers.", r => r.Prospects),
        CsvColumn<MetricsRow>.Count("aware", "people", "People who know the brand but are not considering it now.", r => r.Aware),
        CsvColumn<MetricsRow>.Count("considering", "people", "People with a need who know the brand and buy from nobody yet.", r => r.Considering),
        CsvColumn<MetricsRow>.Count("onboarding", "people", "Customers in onboarding.", r => r.Onboarding),
        CsvColumn<MetricsRow>.Count("active", "people", "Established customers.", r => r.Active),
        CsvColumn<MetricsRow>.Count("churned", "people", "Former customers.", r => r.Churned),
        CsvColumn<MetricsRow>.Count("customers", "people", "Current customers (onboarding + active).", r => r.Customers),
        CsvColumn<MetricsRow>.Count("acquisitions", "people per week", "Customers won this week.", r => r.Acquisitions),
        CsvColumn<MetricsRow>.Count("win_backs", "people per week", "Former customers won back this week.", r => r.WinBacks),
        CsvColumn<MetricsRow>.Count("churn_dissatisfied", "people per week", "Customers who left for nothing this week.", r => r.ChurnDissatisfied),
        CsvColumn<MetricsRow>.Count("churn_switched", "people per week", "Customers who left for a competitor this week.", r => r.ChurnSwitched),
        CsvColumn<MetricsRow>.Count("churn_need_ended", "people per week", "Customers whose need ended this week.", r => r.ChurnNeedEnded),
        CsvColumn<MetricsRow>.Count("trapped", "people per week", "Customers kept only by the termination fee this week.", r => r.Trapped),
        CsvColumn<MetricsRow>.Count("promoters", "people", "Customers scoring 9-10.", r => r.Promoters),
        CsvColumn<MetricsRow>.Count("passives", "people", "Customers scoring 7-8.", r => r.Passives),
        CsvColumn<MetricsRow>.Count("detractors", "people", "Customers scoring 0-6.", r => r.Detractors),
        CsvColumn<MetricsRow>.Measure("nps", "points (-100 to 100)", "Net Promoter Score: % promoters - % detractors, in [-100, 100].", r => r.Nps),
        CsvColumn<MetricsRow>.Count("survey_responses", "people", "Customers who answered the brand's NPS survey this week (invited with surveyInvitationRate; angry and delighted customers answer more often). The surveyed NPS of any weeks is 100 (promoters - detractors) / responses over them; summary.json gives it for the last quarter with its sampling interval.", r => r.SurveyResponses),
        CsvColumn<MetricsRow>.Count("survey_promoters", "people", "Survey answers of 9 or 10.", r => r.SurveyPromoters),
        CsvColumn<MetricsRow>.Count("survey_detractors", "people", "Survey answers of 0 to 6.", r => r.SurveyDetractors),
        CsvColumn<MetricsRow>.Count("wom_positive", "messages per week", "Recommendations sent this week.", r => r.WordOfMouthPositive),
        CsvColumn<MetricsRow>.Count("wom_negative", "messages per week", "Warnings sent this week.", r => r.WordOfMouthNegative),
        CsvColumn<MetricsRow>.Count("complaints", "per week", "Complaints this week.", r => r.Complaints),
        CsvColumn<MetricsRow>.Count("revenge_acts", "per week", "Revenge acts this week.", r => r.RevengeActs),
        CsvColumn<MetricsRow>.Count("feedback_requested", "per week", "Feedback requests sent this week.", r => r.FeedbackRequested),
        CsvColumn<MetricsRow>.Count("feedback_given", "per week", "Feedback given this week.", r => r.FeedbackGiven),
        CsvColumn<MetricsRow>.Count("feedback_acted", "per week", "Feedback acted on this week.", r => r.FeedbackActed),
        CsvColumn<MetricsRow>.Measure("process_knowledge", "0-1", "The brand's process knowledge at the end of the week (the same on every segment's row): what its root-cause fixes of feedback acted on (the processLearning lever) have taught it, net of forgetting. Customers meet it from the next week as fewer incidents and less effort (docs/model.md, section 4).", r => r.ProcessKnowledge),
        CsvColumn<MetricsRow>.Count("incidents", "per week", "Product problems this week.", r => r.Incidents),
        CsvColumn<MetricsRow>.Count("service_contacts", "per week", "Service contacts this week.", r => r.ServiceContacts),
        CsvColumn<MetricsRow>.Count("problems_resolved", "per week", "Problems solved this week.", r => r.ProblemsResolved),
        CsvColumn<MetricsRow>.Count("with_open_problem", "people", "Customers with an open problem.", r => r.WithOpenProblem),
        CsvColumn<MetricsRow>.Measure("mean_trust", "0-1", "Mean trust of current customers.", r => r.MeanTrust),
        CsvColumn<MetricsRow>.Measure("mean_satisfaction", "0-1", "Mean satisfaction of current customers.", r => r.MeanSatisfaction),
        CsvColumn<MetricsRow>.Measure("mean_anger", "0-1", "Mean anger of current customers.", r => r.MeanAnger),
        CsvColumn<MetricsRow>.Measure("mean_joy", "0-1", "Mean joy of current customers.", r => r.MeanJoy),
        CsvColumn<MetricsRow>.Measure("mean_expectation", "performance 0-1", "Mean expectation of current customers.", r => r.MeanExpectation),
        CsvColumn<MetricsRow>.Measure("revenue", "currency per week", "Revenue this week (prices and termination fees).", r => r.Revenue),
        CsvColumn<MetricsRow>.Measure("termination_fees", "currency per week", "Termination fees this week.", r => r.TerminationFees),
        CsvColumn<MetricsRow>.Measure("acquisition_cost", "currency per week", "Acquisition cost this week.", r => r.AcquisitionCost),
        CsvColumn<MetricsRow>.Measure("service_cost", "currency per week", "Service cost this week (capacity and feedback actions).", r => r.ServiceCost),
        CsvColumn<MetricsRow>.Measure("lever_cost", "currency per week", "Cost of the experience levers this week: prevention, quality, first-contact resolution and low effort premiums, empathy, tailoring, data harvesting and replaced defects (docs/economics.md).", r => r.LeverCost),
        CsvColumn<MetricsRow>.Measure("unit_cost", "currency per week", "Unit cost of serving this week's customers.", r => r.UnitCost),
        CsvColumn<MetricsRow>.Measure("profit", "currency per week", "Revenue minus acquisition, service, lever and unit costs this week.", r => r.Profit),
        CsvColumn<MetricsRow>.Count("ad_impressions", "per week", "Advertising impressions this week.", r => r.AdImpressions),
        CsvColumn<MetricsRow>.Count("marketing_contacts", "per week", "Marketing contacts this week.", r => r.MarketingContacts),
        .. TouchpointCountColumns(TouchpointKinds.Specs),
    ];

    /// <summary>The counter columns of the touchpoint kinds that declare one (<see cref="TouchpointKindSpec.CountColumn"/>), in their order.</summary>
    public static IEnumerable<CsvColumn<MetricsRow>> TouchpointCountColumns(IEnumerable<TouchpointKindSpec> kinds) =>
        kinds.Where(k => k.CountColumn is not null).Select(k =>
            CsvColumn<MetricsRow>.Count(k.CountColumn!, "per week", $"Touchpoints of kind {k.Name} this week: {k.Description}", r => r.Touchpoints[k.Kind]));

    /// <summary>The header names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = CsvTable.Names(Columns);

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvTable.Write(writer, Columns, MetricsTable.Rows(result));
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result) => CsvFormat.ToText(w => Write(result, w));

    /// <summary>The fields of one row, formatted, in the order of <see cref="Columns"/>.</summary>
    public static string[] Fields(MetricsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return CsvTable.Fields(Columns, row);
    }
}
