using System.Globalization;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Statistics;

namespace Simulator.Reporting.Comparison;

/// <summary>How the figures of "is it worth it?" read, in the terminal and in the report alike.</summary>
public static class WorthText
{
    /// <summary>A paired money difference with its interval, e.g. "+1,250 [+310, +2,190]".</summary>
    public static string Money(Interval difference) => double.IsFinite(difference.Lower)
        ? Invariant($"{difference.Mean:+#,0;-#,0;0} [{difference.Lower:+#,0;-#,0;0}, {difference.Upper:+#,0;-#,0;0}]")
        : double.IsFinite(difference.Mean) ? Invariant($"{difference.Mean:+#,0;-#,0;0}") : "n/a";

    /// <summary>The return on the extra spending, e.g. "0.42 [0.10, 0.80]", or why there is none.</summary>
    public static string Roi(PolicyWorth worth)
    {
        ArgumentNullException.ThrowIfNull(worth);
        return double.IsFinite(worth.Roi.Value)
            ? Invariant($"{worth.Roi.Value:0.00}") + (double.IsFinite(worth.Roi.Lower) ? Invariant($" [{worth.Roi.Lower:0.00}, {worth.Roi.Upper:0.00}]") : string.Empty)
            : "n/a (costs no more)";
    }

    /// <summary>The payback week, e.g. "31 [27, 35] (10 of 10 pay back)", or "not within the run".</summary>
    public static string Payback(PolicyWorth worth)
    {
        ArgumentNullException.ThrowIfNull(worth);
        return worth.PaidBack == 0
            ? Invariant($"not within the run (0 of {worth.Replicates})")
            : Invariant($"{worth.PaybackWeek.Mean:0}") + (double.IsFinite(worth.PaybackWeek.Lower) ? Invariant($" [{worth.PaybackWeek.Lower:0}, {worth.PaybackWeek.Upper:0}]") : string.Empty) + Invariant($" ({worth.PaidBack} of {worth.Replicates} pay back)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
