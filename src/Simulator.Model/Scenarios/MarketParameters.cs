using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>The economic constants of the market: reference price, imitation, onboarding and unit costs.</summary>
public sealed class MarketParameters : ParameterSet<MarketParameter>
{
    /// <summary>Every constant, in the order of <see cref="MarketParameter"/>.</summary>
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        new("referencePrice", 0.01, 1000, 10, "currency per week",
            "The price customers compare each brand's price with (price burden = price sensitivity x price / reference / 2).",
            "Russian CEM article: the best cost/benefit.") { PlausibleReason = "A scale, not an uncertain coefficient: it sets the currency prices are read in." },
        new("imitationPerWeek", 0, 1, 0.0073, "probability per week",
            "Bass imitation coefficient q per week: in a well-mixed market an unaware customer learns of brand b with probability q x F_b, F_b being b's customer share last week. 0.0073 = 0.38 a year / 52.",
            "Bass (1969); q about 0.38 per year (Sultan, Farley & Lehmann 1990).") { PlausibleMin = 0.0035, PlausibleMax = 0.011, PlausibleReason = "q of 0.18 to 0.57 a year: about the spread of the imitation coefficients in Sultan, Farley & Lehmann (1990)." },
        new("onboardingWeeks", 0, 52, 4, "weeks",
            "Weeks a new customer spends onboarding before becoming an active customer.",
            "Modelling choice.") { PlausibleMin = 2.0, PlausibleMax = 8.0, PlausibleReason = "Onboarding of two weeks to two months.", Whole = true },
        new("costPerImpression", 0, 10000, 17, "currency",
            "Cost of one advertising impression that reaches a person: the advertising part of the budget reaches relationshipBudget x acquisitionFocus / (1,000 x costPerImpression) of the people in the market each week (at most all of them), the Bass innovation coefficient p.",
            "Modelling choice: with the default budget, the balanced brand reaches 0.4% of people a week (see relationshipBudget).") { PlausibleMin = 8.5, PlausibleMax = 34.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("costPerMarketingContact", 0, 100, 0.1, "currency",
            "Cost of one marketing contact to a customer.",
            "Modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("costPerAcquisition", 0, 10000, 40, "currency",
            "Cost of a sale: commission and set-up.",
            "Modelling choice.") { PlausibleMin = 20.0, PlausibleMax = 80.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("costPerServiceContact", 0, 1000, 6, "currency",
            "Weekly cost of one contact's worth of service capacity, paid whether used or not: the service part of the budget buys relationshipBudget x (1 - acquisitionFocus) x people / (1,000 x costPerServiceContact) contacts a week.",
            "Modelling choice.") { PlausibleMin = 3.0, PlausibleMax = 12.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("costPerFeedbackAction", 0, 1000, 5, "currency",
            "Cost of acting on one piece of feedback and telling the customer.",
            "Modelling choice.") { PlausibleMin = 2.5, PlausibleMax = 10.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("informationLagWeeks", 1, 13, 1, "weeks",
            "Weeks it takes word of mouth and market conditions (service load, market shares) to reach customers: what is said or happens in week t is felt in week t + lag. With a lag of L, engines may run L weeks per grain call between synchronisation points.",
            "Modelling choice (1: next week); larger lags trade timeliness of word of mouth for speed in very large runs.") { PlausibleMin = 1.0, PlausibleMax = 1.0, PlausibleReason = "A model setting, not an uncertain coefficient: runs are compared only at equal lags.", Whole = true },
        new("unitCost", 0, 1000, 4, "currency per customer-week",
            "Cost of serving one customer for a week (product, delivery, billing), paid for every customer onboarding or active: the margin is price - unit cost.",
            "Modelling choice: a 60% gross margin at the default price of 10, about that of subscription services.") { PlausibleMin = 2.0, PlausibleMax = 7.0, PlausibleReason = "Gross margins of 30% to 80% at the default price." },
        new("preventionCost", 0, 1000, 1, "currency per customer-week",
            "Cost of problem prevention: preventionCost x prevention^2 per customer-week, so that each further share of problems prevented costs more than the one before (the last 10% cost 19 times the first).",
            "Modelling choice (convex cost of quality assurance; the Russian CEM article: prevention is cheaper than repair, which the model leaves to the outcomes).") { PlausibleMin = 0.5, PlausibleMax = 2.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("qualityCost", 0, 1000, 2, "currency per customer-week",
            "Cost of product quality: qualityCost x quality^2 per customer-week (diminishing returns: the better the product, the dearer the next step).",
            "Modelling choice.") { PlausibleMin = 1.0, PlausibleMax = 4.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("resolutionPremium", 0, 10, 1, "multiple of a service slot's cost",
            "A week's service slot costs costPerServiceContact x (1 + resolutionPremium x FCR^2 + effortPremium x (1 - effort)^2): skilled agents who resolve on first contact, and channels that spare the customer effort, cost more per contact.",
            "Gartner (2019): a live contact costs about $8.01; Gartner (2023): a resolution costs $9.10 in one channel and $26.04 across three; up to about twice a live contact for first-contact resolution.") { PlausibleMin = 0.5, PlausibleMax = 2.0, PlausibleReason = "First-contact resolution costing 1.5 to 3 times a plain contact: the span of Gartner's (2023) resolution costs over a live contact." },
        new("effortPremium", 0, 10, 0.5, "multiple of a service slot's cost",
            "The effort part of a service slot's cost (see resolutionPremium): a slot at no effort costs 1 + effortPremium times a slot at full effort.",
            "Modelling choice, scaled on Gartner (2019, 2023) (see resolutionPremium).") { PlausibleMin = 0.25, PlausibleMax = 1.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("empathyCost", 0, 1000, 0.2, "currency per customer-week",
            "Cost of empathy training: empathyCost x empathy per customer-week.",
            "Modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("costPerReplacedDefect", 0, 10000, 20, "currency per replaced defect",
            "Cost of replacing a defective product (defect generosity): paid for each defect replaced.",
            "Modelling choice: two weeks of the default price.") { PlausibleMin = 10.0, PlausibleMax = 40.0, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("tailoringCost", 0, 1000, 0.2, "currency per customer-week",
            "Cost of tailoring offers: tailoringCost x tailored offers per customer-week.",
            "Modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("harvestingCost", 0, 1000, 0.1, "currency per customer-week",
            "Cost of collecting and keeping customer data: harvestingCost x data harvesting per customer-week.",
            "Modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default: an assumed cost." },
        new("discountRatePerYear", 0, 1, 0.12, "share per year",
            "Yearly rate at which future margins are discounted in customer lifetime value and customer equity (weekly: (1 + rate)^(1/52) - 1). Reported only: no rule reads it.",
            "Gupta, Lehmann & Stuart (2004), 'Valuing customers', Journal of Marketing Research 41(1): 12% a year.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Costs of capital from low to high." },
        new("costPerProcessFix", 0, 100000, 10, "currency per fix",
            "Cost of tracing one piece of feedback acted on to its root cause and changing the process (the outer loop), paid as lever cost: costPerProcessFix x processLearning per feedback acted on.",
            "Modelling choice: twice the cost of answering the customer (costPerFeedbackAction): coding the feedback, tracing it to a theme and a share of the change work on that theme, which many pieces of feedback share.") { PlausibleMin = 2.5, PlausibleMax = 50, PlausibleReason = "From half the cost of answering (tagging only) to ten times it (a fix project per few pieces of feedback)." },
    ];

    /// <summary>The defaults.</summary>
    public static MarketParameters Default { get; } = new(Defaults(Specs));

    /// <summary>Creates a set from values in <see cref="MarketParameter"/> order; each must be in range.</summary>
    public MarketParameters(double[] values) : base(Specs, values)
    {
    }

    /// <summary>Reference price.</summary>
    public double ReferencePrice => Get((int)MarketParameter.ReferencePrice);
    /// <summary>Bass q per week.</summary>
    public double ImitationPerWeek => Get((int)MarketParameter.ImitationPerWeek);
    /// <summary>Onboarding weeks.</summary>
    public int OnboardingWeeks => (int)Get((int)MarketParameter.OnboardingWeeks);
    /// <summary>Cost per impression.</summary>
    public double CostPerImpression => Get((int)MarketParameter.CostPerImpression);
    /// <summary>Cost per marketing contact.</summary>
    public double CostPerMarketingContact => Get((int)MarketParameter.CostPerMarketingContact);
    /// <summary>Cost per acquisition.</summary>
    public double CostPerAcquisition => Get((int)MarketParameter.CostPerAcquisition);
    /// <summary>Weekly cost per unit of service capacity.</summary>
    public double CostPerServiceContact => Get((int)MarketParameter.CostPerServiceContact);
    /// <summary>Cost per feedback action.</summary>
    public double CostPerFeedbackAction => Get((int)MarketParameter.CostPerFeedbackAction);
    /// <summary>Information lag in weeks (at least 1).</summary>
    public int InformationLagWeeks => (int)Get((int)MarketParameter.InformationLagWeeks);
    /// <summary>Cost of serving one customer for a week.</summary>
    public double UnitCost => Get((int)MarketParameter.UnitCost);
    /// <summary>Cost per customer-week at full prevention.</summary>
    public double PreventionCost => Get((int)MarketParameter.PreventionCost);
    /// <summary>Cost per customer-week at perfect quality.</summary>
    public double QualityCost => Get((int)MarketParameter.QualityCost);
    /// <summary>First-contact resolution's premium on a service slot.</summary>
    public double ResolutionPremium => Get((int)MarketParameter.ResolutionPremium);
    /// <summary>Low effort's premium on a service slot.</summary>
    public double EffortPremium => Get((int)MarketParameter.EffortPremium);
    /// <summary>Cost per customer-week at full empathy.</summary>
    public double EmpathyCost => Get((int)MarketParameter.EmpathyCost);
    /// <summary>Cost of one replaced defect.</summary>
    public double CostPerReplacedDefect => Get((int)MarketParameter.CostPerReplacedDefect);
    /// <summary>Cost per customer-week of tailoring every offer.</summary>
    public double TailoringCost => Get((int)MarketParameter.TailoringCost);
    /// <summary>Cost per customer-week of full data harvesting.</summary>
    public double HarvestingCost => Get((int)MarketParameter.HarvestingCost);
    /// <summary>Yearly discount rate of customer value.</summary>
    public double DiscountRatePerYear => Get((int)MarketParameter.DiscountRatePerYear);
    /// <summary>Cost of one root-cause fix of the process.</summary>
    public double CostPerProcessFix => Get((int)MarketParameter.CostPerProcessFix);
}
