namespace Simulator.Model.Metrics;

/// <summary>Event counts and money flows recorded by the Step rules, per brand and segment.</summary>
public enum Counter
{
    /// <summary>Customers won (including win-backs and switchers arriving).</summary>
    Acquisitions,
    /// <summary>Acquisitions of customers who had been customers of the brand before.</summary>
    WinBacks,
    /// <summary>Customers who left for nothing.</summary>
    ChurnDissatisfied,
    /// <summary>Customers who left for a competitor.</summary>
    ChurnSwitched,
    /// <summary>Customers whose need ended.</summary>
    ChurnNeedEnded,
    /// <summary>Customers who wanted to leave but stayed because of the termination fee.</summary>
    Trapped,
    /// <summary>Product problems met.</summary>
    Incidents,
    /// <summary>Service contacts made.</summary>
    ServiceContacts,
    /// <summary>Problems solved by service (or by replacing a defect).</summary>
    ProblemsResolved,
    /// <summary>Formal complaints.</summary>
    Complaints,
    /// <summary>Unresolved complaints that turned into revenge.</summary>
    RevengeActs,
    /// <summary>Feedback requests sent.</summary>
    FeedbackRequested,
    /// <summary>Feedback given by customers.</summary>
    FeedbackGiven,
    /// <summary>Feedback acted on and answered.</summary>
    FeedbackActed,
    /// <summary>Recommendations sent.</summary>
    WordOfMouthPositive,
    /// <summary>Warnings sent.</summary>
    WordOfMouthNegative,
    /// <summary>Advertising impressions paid for.</summary>
    AdImpressions,
    /// <summary>Marketing contacts to customers.</summary>
    MarketingContacts,
    /// <summary>Money paid by customers (prices and termination fees).</summary>
    Revenue,
    /// <summary>Termination fees paid (also in revenue).</summary>
    TerminationFees,
    /// <summary>Money spent on acquisition (impressions, contacts, sales).</summary>
    AcquisitionCost,
    /// <summary>Money spent on service (capacity, feedback actions).</summary>
    ServiceCost,
    /// <summary>Money spent on the levers that shape the experience (prevention, quality, resolution and effort premiums, empathy, tailoring, data, replaced defects).</summary>
    LeverCost,
    /// <summary>Money spent serving customers (the unit cost of each customer-week).</summary>
    UnitCost,
    /// <summary>Answers to the brand's NPS survey.</summary>
    SurveyResponses,
    /// <summary>Survey answers of 9 or 10.</summary>
    SurveyPromoters,
    /// <summary>Survey answers of 0 to 6.</summary>
    SurveyDetractors,
}
