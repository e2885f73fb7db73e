namespace Simulator.Experiments.Comparison;

/// <summary>One week of one replicate of the focal brand: a row of <c>weekly.csv</c> (without the scenario).</summary>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Week">Week (0-based).</param>
/// <param name="Customers">Current customers (onboarding and active) at the end of the week.</param>
/// <param name="Nps">NPS among current customers, in points; NaN when the brand has none.</param>
/// <param name="MeanTrust">Mean trust of current customers (0 to 1); NaN when the brand has none.</param>
/// <param name="MeanAnger">Mean anger of current customers (0 to 1); NaN when the brand has none.</param>
/// <param name="CumulativeProfit">Profit from week 0 to this week, inclusive (revenue minus every cost).</param>
public sealed record FocalWeek(int Replicate, int Week, long Customers, double Nps, double MeanTrust, double MeanAnger, double CumulativeProfit);
