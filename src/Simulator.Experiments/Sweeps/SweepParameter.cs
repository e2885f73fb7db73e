using System.Globalization;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Sweeps;

/// <summary>
/// One varied parameter of a sweep, parsed from a <c>--vary</c> spec: <c>PATH=FROM:TO:STEP</c> (an
/// inclusive range), <c>PATH=FROM:TO</c> (a range without levels, for a Latin hypercube) or
/// <c>PATH=v1,v2,v3</c> (a list). PATH is any path <see cref="Model.Scenarios.ScenarioParameters"/> accepts.
/// </summary>
/// <param name="Spec">The spec as given.</param>
/// <param name="Path">The scenario setting's dotted path.</param>
/// <param name="Kind">Range or list.</param>
/// <param name="From">The smallest value (a range's FROM; a list's minimum).</param>
/// <param name="To">The largest value (a range's TO; a list's maximum).</param>
/// <param name="Step">A range's STEP; null for a list or a range given without one.</param>
/// <param name="Levels">The values of a factorial design: a range's FROM, FROM + STEP, ... up to TO; a list's values in the order given. Empty for a range without STEP.</param>
public sealed record SweepParameter(string Spec, string Path, SweepParameterKind Kind, double From, double To, double? Step, IReadOnlyList<double> Levels)
{
    /// <summary>The most values one parameter may have.</summary>
    public const int MaxValues = SweepDesign.MaxPoints;

    /// <summary>The forms of a spec, for messages.</summary>
    public const string Syntax = "PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2)";

    /// <summary>
    /// Parses a spec. Range values are computed as FROM + i x STEP in decimal arithmetic, so that
    /// <c>0.1:0.9:0.2</c> gives exactly 0.1, 0.3, 0.5, 0.7, 0.9: the number of steps is an integer and
    /// no rounding error accumulates or drops the last value.
    /// </summary>
    /// <exception cref="SweepSpecException">The spec does not parse, FROM &gt; TO, STEP &lt;= 0, a list value repeats, or there are more than <see cref="MaxValues"/> values.</exception>
    public static SweepParameter Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (ParameterAssignment.TryParse(spec) is not var (path, values))
        {
            throw Problem(spec, $"expected {Syntax}.");
        }

        var isRange = values.Contains(':', StringComparison.Ordinal);
        if (isRange && values.Contains(',', StringComparison.Ordinal))
        {
            throw Problem(spec, "give either a range FROM:TO:STEP or a list v1,v2,..., not both.");
        }

        return isRange ? ParseRange(spec, path, values) : ParseList(spec, path, values);
    }

    private static SweepParameter ParseRange(string spec, string path, string text)
    {
        var parts = text.Split(':').Select(p => p.Trim()).ToArray();
        if (parts.Length is not (2 or 3))
        {
            throw Problem(spec, "a range is FROM:TO:STEP.");
        }

        var from = Decimal(spec, parts[0]);
        var to = Decimal(spec, parts[1]);
        if (from > to)
        {
            throw Problem(spec, $"FROM {parts[0]} is greater than TO {parts[1]}.");
        }

        if (parts.Length == 2)
        {
            return new SweepParameter(spec, path, SweepParameterKind.Range, (double)from, (double)to, null, []);
        }

        var step = Decimal(spec, parts[2]);
        if (step <= 0)
        {
            throw Problem(spec, $"STEP {parts[2]} must be greater than 0.");
        }

        decimal steps;
        try
        {
            steps = Math.Floor((to - from) / step);
        }
        catch (OverflowException)
        {
            throw Problem(spec, FormattableString.Invariant($"too many values; at most {MaxValues:N0} allowed."));
        }

        if (steps + 1 > MaxValues)
        {
            throw Problem(spec, FormattableString.Invariant($"{steps + 1:N0} values; at most {MaxValues:N0} allowed."));
        }

        var levels = new double[(int)steps + 1];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = (double)(from + i * step);
        }

        return new SweepParameter(spec, path, SweepParameterKind.Range, (double)from, (double)to, (double)step, levels);
    }

    private static SweepParameter ParseList(string spec, string path, string text)
    {
        var items = text.Split(',').Select(p => p.Trim()).ToArray();
        if (items.Length > MaxValues)
        {
            throw Problem(spec, FormattableString.Invariant($"{items.Length:N0} values; at most {MaxValues:N0} allowed."));
        }

        var levels = new double[items.Length];
        var seen = new HashSet<double>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Length == 0)
            {
                throw Problem(spec, "the list has an empty value.");
            }

            if (!double.TryParse(items[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw Problem(spec, $"'{items[i]}' is not a number.");
            }

            if (!seen.Add(value))
            {
                throw Problem(spec, $"the value {items[i]} is listed twice.");
            }

            levels[i] = value;
        }

        return new SweepParameter(spec, path, SweepParameterKind.List, levels.Min(), levels.Max(), null, levels);
    }

    private static decimal Decimal(string spec, string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? throw Problem(spec, $"'{text}' is too large.")
            : throw Problem(spec, $"'{text}' is not a number.");
    }

    private static SweepSpecException Problem(string spec, string message) => new($"--vary '{spec}': {message}");
}
