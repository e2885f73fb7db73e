namespace Simulator.Experiments.Comparison;

/// <summary>A weekly series of the focal brand compared across scenarios (overlay and difference charts).</summary>
/// <param name="Key">Stable name, e.g. <c>customers</c> (the column of <c>weekly.csv</c>).</param>
/// <param name="Label">Label for titles, e.g. "Customers".</param>
/// <param name="Unit">Axis unit, e.g. "people".</param>
/// <param name="DifferenceUnit">Axis unit of a difference, e.g. "points".</param>
/// <param name="Value">Reads the series from one week (NaN when undefined).</param>
public sealed record WeeklyMeasure(string Key, string Label, string Unit, string DifferenceUnit, Func<FocalWeek, double> Value)
{
    /// <summary>The focal brand's current customers.</summary>
    public static WeeklyMeasure Customers { get; } = new("customers", "Customers", "people", "people", w => w.Customers);

    /// <summary>The focal brand's NPS.</summary>
    public static WeeklyMeasure Nps { get; } = new("nps", "NPS", "points, -100 to 100", "points", w => w.Nps);

    /// <summary>The mean trust of the focal brand's customers.</summary>
    public static WeeklyMeasure MeanTrust { get; } = new("mean_trust", "Mean trust", "0 = none, 1 = full", "on the 0-1 scale", w => w.MeanTrust);

    /// <summary>The mean anger of the focal brand's customers.</summary>
    public static WeeklyMeasure MeanAnger { get; } = new("mean_anger", "Mean anger", "0 = none, 1 = full", "on the 0-1 scale", w => w.MeanAnger);

    /// <summary>The focal brand's profit from week 0 up to each week.</summary>
    public static WeeklyMeasure CumulativeProfit { get; } = new("cumulative_profit", "Cumulative profit", "currency", "currency", w => w.CumulativeProfit);

    /// <summary>The series charted as overlays and differences, in order.</summary>
    public static IReadOnlyList<WeeklyMeasure> Charted { get; } = [Customers, Nps, MeanTrust, CumulativeProfit];
}
