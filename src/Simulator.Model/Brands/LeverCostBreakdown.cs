namespace Simulator.Model.Brands;

/// <summary>What a brand pays per customer-week for the levers that shape the experience (replaced defects, paid per defect, aside).</summary>
/// <param name="Prevention">Problem prevention: preventionCost x prevention².</param>
/// <param name="Quality">Product quality: qualityCost x quality².</param>
/// <param name="Resolution">First-contact resolution's premium on the brand's service slots.</param>
/// <param name="Effort">Low effort's premium on the brand's service slots.</param>
/// <param name="Empathy">Empathy training: empathyCost x empathy.</param>
/// <param name="Tailoring">Tailored offers: tailoringCost x tailored offers.</param>
/// <param name="Harvesting">Data harvesting: harvestingCost x data harvesting.</param>
public readonly record struct LeverCostBreakdown(double Prevention, double Quality, double Resolution, double Effort, double Empathy, double Tailoring, double Harvesting)
{
    /// <summary>The sum of every part.</summary>
    public double Total => Prevention + Quality + Resolution + Effort + Empathy + Tailoring + Harvesting;
}
