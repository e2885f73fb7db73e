using System.Globalization;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// A set of periods written as ranges and single periods separated by commas, e.g. <c>1-7</c> or
/// <c>1,2,5-7</c>: which periods of an observed table a fit uses.
/// </summary>
public static class PeriodSelection
{
    /// <summary>How a selection is written, for messages.</summary>
    public const string Grammar = "periods and ranges separated by commas, e.g. 1-7 or 1,2,5-7";

    /// <summary>Reads a selection; on failure <paramref name="problem"/> says what is wrong (without naming the option).</summary>
    public static bool TryParse(string text, out IReadOnlyList<int> periods, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        periods = [];
        problem = null;
        var set = new SortedSet<int>();
        foreach (var rawPart in text.Split(','))
        {
            var part = rawPart.Trim();
            var dash = part.IndexOf('-');
            var (fromText, toText) = dash > 0 ? (part[..dash], part[(dash + 1)..]) : (part, part);
            if (!TryPeriod(fromText, out var from) || !TryPeriod(toText, out var to))
            {
                problem = $"'{part}' is not a period or a range of periods";
                return false;
            }

            if (to < from)
            {
                problem = $"the range '{part}' runs backwards";
                return false;
            }

            for (var p = from; p <= to; p++)
            {
                set.Add(p);
            }
        }

        periods = [.. set];
        return true;
    }

    /// <summary>Writes periods back in the shortest form, e.g. <c>1-7</c> or <c>1-3,5</c>.</summary>
    public static string Format(IEnumerable<int> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var sorted = periods.Distinct().Order().ToArray();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : FormattableString.Invariant($"{sorted[i]}-{sorted[j]}"));
            i = j + 1;
        }

        return string.Join(",", parts);
    }

    private static bool TryPeriod(string text, out int period) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out period) && period <= RetentionTableReader.MaxPeriod;
}
