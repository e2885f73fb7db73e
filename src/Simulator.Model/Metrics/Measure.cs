namespace Simulator.Model.Metrics;

/// <summary>
/// What is observed of each customer at the end of a week, per brand and segment. Stage counts are
/// relative to the brand: a customer of another brand who knows this one is 'aware' of it.
/// </summary>
public enum Measure
{
    /// <summary>Never a customer of the brand, and does not know it.</summary>
    Prospects,
    /// <summary>Knows the brand without needing it now, or buys from another brand.</summary>
    Aware,
    /// <summary>Has a need, knows the brand, buys from nobody yet.</summary>
    Considering,
    /// <summary>Customer of the brand in the onboarding weeks.</summary>
    Onboarding,
    /// <summary>Established customer of the brand.</summary>
    Active,
    /// <summary>Former customer of the brand.</summary>
    Churned,
    /// <summary>Customers scoring the brand 9-10.</summary>
    Promoters,
    /// <summary>Customers scoring the brand 7-8.</summary>
    Passives,
    /// <summary>Customers scoring the brand 0-6.</summary>
    Detractors,
    /// <summary>Sum over customers of trust in the brand (fixed point).</summary>
    TrustSum,
    /// <summary>Sum over customers of satisfaction (fixed point).</summary>
    SatisfactionSum,
    /// <summary>Sum over customers of anger (fixed point).</summary>
    AngerSum,
    /// <summary>Sum over customers of joy (fixed point).</summary>
    JoySum,
    /// <summary>Sum over customers of expectation (fixed point).</summary>
    ExpectationSum,
    /// <summary>Customers with at least one unresolved problem.</summary>
    WithOpenProblem,
}
