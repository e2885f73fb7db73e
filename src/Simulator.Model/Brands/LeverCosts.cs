using Simulator.Model.Scenarios;

namespace Simulator.Model.Brands;

/// <summary>
/// The cost of the levers that make an experience good (docs/economics.md): convex in prevention and
/// quality per customer-week (each further step dearer than the last), linear in empathy training,
/// tailoring and data harvesting per customer-week, and a premium on every service slot the budget
/// buys for first-contact resolution and low effort (Gartner 2019's contact and resolution costs).
/// Replaced defects are paid per defect (<see cref="MarketParameters.CostPerReplacedDefect"/>).
/// </summary>
public static class LeverCosts
{
    /// <summary>The weekly lever cost of one customer of a brand with <paramref name="policy"/>.</summary>
    public static LeverCostBreakdown PerCustomerWeek(BrandPolicy policy, MarketParameters market)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(market);
        return new LeverCostBreakdown(
            market.PreventionCost * policy.ProblemPrevention * policy.ProblemPrevention,
            market.QualityCost * policy.ProductQuality * policy.ProductQuality,
            market.EmpathyCost * policy.ServiceEmpathy,
            market.TailoringCost * policy.TailoredOffers,
            market.HarvestingCost * policy.DataHarvesting);
    }

    /// <summary>
    /// What resolution and low effort add to the cost of a service slot, as a multiple of its base cost:
    /// resolutionPremium x FCR² + effortPremium x (1 - effort)².
    /// </summary>
    public static double ServiceSlotPremium(BrandPolicy policy, MarketParameters market)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(market);
        var ease = 1 - policy.ServiceEffort;
        return market.ResolutionPremium * policy.FirstContactResolution * policy.FirstContactResolution
            + market.EffortPremium * ease * ease;
    }
}
