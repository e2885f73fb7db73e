namespace Simulator.Model.Metrics;

/// <summary>
/// One tidy row of metrics: one replicate, week, brand and segment ("all" for the whole population).
/// Counts are customers or events in that week; means are over the brand's current customers.
/// </summary>
public sealed record MetricsRow
{
    /// <summary>Replicate index.</summary>
    public required int Replicate { get; init; }
    /// <summary>Week (0-based).</summary>
    public required int Week { get; init; }
    /// <summary>Brand name.</summary>
    public required string Brand { get; init; }
    /// <summary>Segment name, or "all".</summary>
    public required string Segment { get; init; }
    /// <summary>People who do not know the brand and were never its customers.</summary>
    public long Prospects { get; init; }
    /// <summary>People who know the brand but are not considering it now.</summary>
    public long Aware { get; init; }
    /// <summary>People with a need who know the brand and buy from nobody yet.</summary>
    public long Considering { get; init; }
    /// <summary>Customers in onboarding.</summary>
    public long Onboarding { get; init; }
    /// <summary>Established customers.</summary>
    public long Active { get; init; }
    /// <summary>Former customers.</summary>
    public long Churned { get; init; }
    /// <summary>Customers won this week.</summary>
    public long Acquisitions { get; init; }
    /// <summary>Former customers won back this week.</summary>
    public long WinBacks { get; init; }
    /// <summary>Customers who left for nothing this week.</summary>
    public long ChurnDissatisfied { get; init; }
    /// <summary>Customers who left for a competitor this week.</summary>
    public long ChurnSwitched { get; init; }
    /// <summary>Customers whose need ended this week.</summary>
    public long ChurnNeedEnded { get; init; }
    /// <summary>Customers kept only by the termination fee this week.</summary>
    public long Trapped { get; init; }
    /// <summary>Customers scoring 9-10.</summary>
    public long Promoters { get; init; }
    /// <summary>Customers scoring 7-8.</summary>
    public long Passives { get; init; }
    /// <summary>Customers scoring 0-6.</summary>
    public long Detractors { get; init; }
    /// <summary>Net Promoter Score: % promoters - % detractors, in [-100, 100].</summary>
    public double Nps { get; init; }
    /// <summary>Answers to the brand's NPS survey this week.</summary>
    public long SurveyResponses { get; init; }
    /// <summary>Survey answers of 9 or 10.</summary>
    public long SurveyPromoters { get; init; }
    /// <summary>Survey answers of 0 to 6.</summary>
    public long SurveyDetractors { get; init; }
    /// <summary>Recommendations sent this week.</summary>
    public long WordOfMouthPositive { get; init; }
    /// <summary>Warnings sent this week.</summary>
    public long WordOfMouthNegative { get; init; }
    /// <summary>Complaints this week.</summary>
    public long Complaints { get; init; }
    /// <summary>Revenge acts this week.</summary>
    public long RevengeActs { get; init; }
    /// <summary>Feedback requests sent this week.</summary>
    public long FeedbackRequested { get; init; }
    /// <summary>Feedback given this week.</summary>
    public long FeedbackGiven { get; init; }
    /// <summary>Feedback acted on this week.</summary>
    public long FeedbackActed { get; init; }
    /// <summary>The brand's process knowledge at the end of the week (0-1), the same on every segment's row.</summary>
    public double ProcessKnowledge { get; init; }
    /// <summary>Product problems this week.</summary>
    public long Incidents { get; init; }
    /// <summary>Service contacts this week.</summary>
    public long ServiceContacts { get; init; }
    /// <summary>Problems solved this week.</summary>
    public long ProblemsResolved { get; init; }
    /// <summary>Customers with an open problem.</summary>
    public long WithOpenProblem { get; init; }
    /// <summary>Mean trust of current customers.</summary>
    public double MeanTrust { get; init; }
    /// <summary>Mean satisfaction of current customers.</summary>
    public double MeanSatisfaction { get; init; }
    /// <summary>Mean anger of current customers.</summary>
    public double MeanAnger { get; init; }
    /// <summary>Mean joy of current customers.</summary>
    public double MeanJoy { get; init; }
    /// <summary>Mean expectation of current customers.</summary>
    public double MeanExpectation { get; init; }
    /// <summary>Revenue this week (prices and termination fees).</summary>
    public double Revenue { get; init; }
    /// <summary>Termination fees this week.</summary>
    public double TerminationFees { get; init; }
    /// <summary>Acquisition cost this week.</summary>
    public double AcquisitionCost { get; init; }
    /// <summary>Service cost this week.</summary>
    public double ServiceCost { get; init; }
    /// <summary>Cost of the experience levers this week (<see cref="Brands.LeverCosts"/> and replaced defects).</summary>
    public double LeverCost { get; init; }
    /// <summary>Unit cost of serving this week's customers.</summary>
    public double UnitCost { get; init; }
    /// <summary>Profit this week: revenue minus acquisition, service, lever and unit costs.</summary>
    public double Profit => Revenue - AcquisitionCost - ServiceCost - LeverCost - UnitCost;
    /// <summary>Advertising impressions this week.</summary>
    public long AdImpressions { get; init; }
    /// <summary>Marketing contacts this week.</summary>
    public long MarketingContacts { get; init; }

    /// <summary>Touchpoints of each kind this week.</summary>
    public TouchpointCounts Touchpoints { get; init; }

    /// <summary>Current customers (onboarding + active).</summary>
    public long Customers => Onboarding + Active;
}
