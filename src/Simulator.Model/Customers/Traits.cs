namespace Simulator.Model.Customers;

/// <summary>
/// The fixed dispositions of one customer, drawn from its population segment: five traits in [0, 1] and a
/// propensity to reconsider and leave.
/// </summary>
/// <param name="PrivacySensitivity">How much losing control of personal data worries the customer.</param>
/// <param name="Forgiveness">How much a bad experience is discounted before it turns into anger.</param>
/// <param name="Talkativeness">How readily the customer tells peers about a brand.</param>
/// <param name="PriceSensitivity">How heavily price weighs against benefit.</param>
/// <param name="EffortTolerance">How much effort a service contact may cost before it angers.</param>
/// <param name="Fickleness">
/// Multiplies the weekly chance of reconsidering the relationship and the hazard that a need ends: mean 1 over
/// the segment, gamma-distributed with variance <c>loyaltyHeterogeneity</c> (exactly 1 when that is 0).
/// </param>
public readonly record struct Traits(
    float PrivacySensitivity,
    float Forgiveness,
    float Talkativeness,
    float PriceSensitivity,
    float EffortTolerance,
    float Fickleness);
