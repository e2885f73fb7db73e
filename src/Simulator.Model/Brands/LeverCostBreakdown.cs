namespace Simulator.Model.Brands;

/// <summary>
/// What a brand pays per customer-week for the levers that shape the experience (replaced defects, paid
/// per defect, and the service slot premium, paid on the budget's service slots, aside).
/// </summary>
/// <param name="Prevention">Problem prevention: preventionCost x prevention².</param>
/// <param name="Quality">Product quality: qualityCost x quality².</param>
/// <param name="Empathy">Empathy training: empathyCost x empathy.</param>
/// <param name="Tailoring">Tailored offers: tailoringCost x tailored offers.</param>
/// <param name="Harvesting">Data harvesting: harvestingCost x data harvesting.</param>
public readonly record struct LeverCostBreakdown(double Prevention, double Quality, double Empathy, double Tailoring, double Harvesting)
{
    /// <summary>The sum of every part.</summary>
    public double Total => Prevention + Quality + Empathy + Tailoring + Harvesting;
}
