using Simulator.Model.Customers;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// What the touchpoints of one kind amounted to for one brand and segment over one or more weeks,
/// kept in fixed point (see <see cref="FixedPoint"/>) so that sums are exact in any order.
/// </summary>
/// <param name="Count">Number of touchpoints.</param>
/// <param name="GapSumFixed">Sum of expectation gaps (performance minus expectation), fixed point.</param>
/// <param name="AngerSumFixed">Sum of the anger the touchpoints caused, fixed point.</param>
public readonly record struct TouchpointStats(long Count, long GapSumFixed, long AngerSumFixed)
{
    /// <summary>Sum of the anger the touchpoints caused.</summary>
    public double AngerCaused => FixedPoint.ToDouble(AngerSumFixed);

    /// <summary>Mean expectation gap per touchpoint; NaN when there was none.</summary>
    public double MeanGap => Count == 0 ? double.NaN : FixedPoint.ToDouble(GapSumFixed) / Count;

    /// <summary>Mean anger caused per touchpoint; NaN when there was none.</summary>
    public double MeanAnger => Count == 0 ? double.NaN : AngerCaused / Count;

    /// <summary>The touchpoints of <paramref name="kind"/> for brand <paramref name="brand"/> and segment <paramref name="segment"/> (-1 for all) in one week.</summary>
    public static TouchpointStats Of(TickAggregate tick, int brand, int segment, TouchpointKind kind)
    {
        ArgumentNullException.ThrowIfNull(tick);
        long count = 0, gap = 0, anger = 0;
        var first = segment < 0 ? 0 : segment;
        var last = segment < 0 ? tick.Segments - 1 : segment;
        for (var s = first; s <= last; s++)
        {
            count += tick.GetTouchpoint(brand, s, kind, 0);
            gap += tick.GetTouchpoint(brand, s, kind, 1);
            anger += tick.GetTouchpoint(brand, s, kind, 2);
        }

        return new TouchpointStats(count, gap, anger);
    }

    /// <summary>Adds two sets of touchpoints.</summary>
    public static TouchpointStats operator +(TouchpointStats a, TouchpointStats b) =>
        new(a.Count + b.Count, a.GapSumFixed + b.GapSumFixed, a.AngerSumFixed + b.AngerSumFixed);
}
