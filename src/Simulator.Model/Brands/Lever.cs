namespace Simulator.Model.Brands;

/// <summary>The brand policy levers. Their order is the order of <see cref="PolicyLevers.All"/>.</summary>
public enum Lever
{
    /// <summary>Share of the relationship budget spent on winning customers rather than serving them.</summary>
    AcquisitionFocus,
    /// <summary>Money the brand spends per week per 1,000 people in the market on winning and serving customers.</summary>
    RelationshipBudget,
    /// <summary>Mean brand-initiated marketing contacts per customer per week.</summary>
    MarketingContactsPerWeek,
    /// <summary>High-pressure selling at purchase.</summary>
    PressureSelling,
    /// <summary>Share of offers tailored from customer data.</summary>
    TailoredOffers,
    /// <summary>How much personal data the brand harvests.</summary>
    DataHarvesting,
    /// <summary>Transparency and communicated intentions.</summary>
    Transparency,
    /// <summary>What the product delivers when it works.</summary>
    ProductQuality,
    /// <summary>Weekly probability of a product problem before prevention.</summary>
    IncidentRate,
    /// <summary>Share of problems prevented before they reach the customer.</summary>
    ProblemPrevention,
    /// <summary>Probability a defect is replaced or refunded without a fight.</summary>
    DefectGenerosity,
    /// <summary>Effort a service contact costs the customer.</summary>
    ServiceEffort,
    /// <summary>Probability a service contact solves the problem.</summary>
    FirstContactResolution,
    /// <summary>Empathy shown in service and complaint handling.</summary>
    ServiceEmpathy,
    /// <summary>Weekly probability the brand asks a customer for feedback.</summary>
    FeedbackSolicitation,
    /// <summary>Probability that feedback given is acted on and answered.</summary>
    FeedbackResponse,
    /// <summary>Price per week.</summary>
    Price,
    /// <summary>Fee for leaving before the contract ends, in weeks of price.</summary>
    TerminationFeeWeeks,
    /// <summary>Contract length in weeks during which the termination fee applies.</summary>
    ContractWeeks,
    /// <summary>Share of feedback acted on that is also traced to its root cause and fixed in the process.</summary>
    ProcessLearning,
}
