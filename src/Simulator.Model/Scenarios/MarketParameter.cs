namespace Simulator.Model.Scenarios;

/// <summary>The economic constants of the market. Their order is the order of <see cref="MarketParameters.Specs"/>.</summary>
public enum MarketParameter
{
    /// <summary>The price customers compare each brand's price with.</summary>
    ReferencePrice,
    /// <summary>Bass imitation coefficient q per week (well-mixed network only).</summary>
    ImitationPerWeek,
    /// <summary>Weeks a new customer spends onboarding.</summary>
    OnboardingWeeks,
    /// <summary>Cost of one advertising impression.</summary>
    CostPerImpression,
    /// <summary>Cost of one marketing contact.</summary>
    CostPerMarketingContact,
    /// <summary>Cost of a sale (commission, set-up).</summary>
    CostPerAcquisition,
    /// <summary>Cost of one unit of service capacity (one contact's worth) per week.</summary>
    CostPerServiceContact,
    /// <summary>Cost of acting on one piece of feedback.</summary>
    CostPerFeedbackAction,
    /// <summary>Weeks word of mouth and market conditions take to reach customers.</summary>
    InformationLagWeeks,
    /// <summary>Cost of serving one customer for a week.</summary>
    UnitCost,
    /// <summary>Cost per customer-week of preventing every problem (scaled by prevention squared).</summary>
    PreventionCost,
    /// <summary>Cost per customer-week of a product of perfect quality (scaled by quality squared).</summary>
    QualityCost,
    /// <summary>Extra cost of a service slot at full first-contact resolution, as a multiple of its base cost.</summary>
    ResolutionPremium,
    /// <summary>Extra cost of a service slot at no effort, as a multiple of its base cost.</summary>
    EffortPremium,
    /// <summary>Cost per customer-week of fully empathetic service (training).</summary>
    EmpathyCost,
    /// <summary>Cost of one replaced defect.</summary>
    CostPerReplacedDefect,
    /// <summary>Cost per customer-week of tailoring every offer.</summary>
    TailoringCost,
    /// <summary>Cost per customer-week of harvesting data at full intensity.</summary>
    HarvestingCost,
    /// <summary>Yearly discount rate of customer lifetime value and customer equity.</summary>
    DiscountRatePerYear,
    /// <summary>Cost of tracing one piece of feedback acted on to its root cause and fixing the process.</summary>
    CostPerProcessFix,
}
