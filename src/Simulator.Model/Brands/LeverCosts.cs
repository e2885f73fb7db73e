using Simulator.Model.Market;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Brands;

/// <summary>
/// The cost of the levers that make an experience good, per customer-week (docs/economics.md): convex in
/// prevention and quality (each further step dearer than the last), a premium on every service slot for
/// first-contact resolution and low effort (Gartner 2019's contact and resolution costs), linear in
/// empathy training, tailoring and data harvesting. Replaced defects are paid per defect
/// (<see cref="MarketParameters.CostPerReplacedDefect"/>). Pure accounting: costs change no behaviour.
/// </summary>
public static class LeverCosts
{
    /// <summary>The weekly cost of one customer of a brand with <paramref name="policy"/>.</summary>
    public static LeverCostBreakdown PerCustomerWeek(BrandPolicy policy, MarketParameters market)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(market);
        var slot = MarketState.Capacity(policy, 1) * market.CostPerServiceContact;
        var ease = 1 - policy.ServiceEffort;
        return new LeverCostBreakdown(
            market.PreventionCost * policy.ProblemPrevention * policy.ProblemPrevention,
            market.QualityCost * policy.ProductQuality * policy.ProductQuality,
            slot * market.ResolutionPremium * policy.FirstContactResolution * policy.FirstContactResolution,
            slot * market.EffortPremium * ease * ease,
            market.EmpathyCost * policy.ServiceEmpathy,
            market.TailoringCost * policy.TailoredOffers,
            market.HarvestingCost * policy.DataHarvesting);
    }
}
