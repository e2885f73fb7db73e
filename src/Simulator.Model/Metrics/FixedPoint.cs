namespace Simulator.Model.Metrics;

/// <summary>
/// Fixed-point amounts (millionths) so that sums do not depend on the order in which customers,
/// shards or silos report: integer addition is associative, floating-point addition is not.
/// </summary>
public static class FixedPoint
{
    /// <summary>Units per 1.</summary>
    public const long Scale = 1_000_000;

    /// <summary>Converts an amount to fixed point, rounding half away from zero.</summary>
    public static long From(double value) => (long)Math.Round(value * Scale, MidpointRounding.AwayFromZero);

    /// <summary>Converts fixed point back to an amount.</summary>
    public static double ToDouble(long value) => (double)value / Scale;
}
