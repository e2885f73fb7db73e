using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// A condition a policy must meet: a figure of the focal brand at least or at most a bound, on its mean over the
/// replicates (<c>--constraint "nps&gt;=20"</c>; <c>--budget B</c> is <c>spending&lt;=B</c>). The bound <c>start</c>
/// (<c>"nps&gt;=start"</c>, <c>--budget start</c>) is the starting policy's mean on the same replicates: a paired
/// condition, "no worse than today", that the replicates' common noise does not blur.
/// </summary>
/// <param name="Text">The constraint as written, e.g. <c>nps&gt;=20</c>.</param>
/// <param name="Figure">The figure constrained.</param>
/// <param name="AtLeast">True for <c>&gt;=</c> (a floor), false for <c>&lt;=</c> (a ceiling).</param>
/// <param name="Bound">The bound, in the figure's recorded unit (a share for retention: 0.7, not 70); unused when relative to the start.</param>
/// <param name="RelativeToStart">Whether the bound is the starting policy's mean on the same replicates.</param>
public sealed partial record OptimisationConstraint(string Text, SweepFigure Figure, bool AtLeast, double Bound, bool RelativeToStart = false)
{
    /// <summary>The form of a spec, for messages.</summary>
    public const string Syntax = "OUT>=X, OUT<=X, OUT>=start or OUT<=start (e.g. \"nps>=20\", \"nps>=start\"; retention as a share: \"retention104>=0.7\")";

    /// <summary>The word that makes the bound the starting policy's figure.</summary>
    public const string Start = "start";

    /// <summary>
    /// How far the mean <paramref name="value"/> is on the wrong side of the bound (or of <paramref name="start"/>, the
    /// starting policy's mean on the same replicates, when relative), as a share of the bound's size (at least 1);
    /// 0 when met, infinite when undefined.
    /// </summary>
    public double Violation(double value, double start)
    {
        var bound = BoundFor(start);
        if (double.IsNaN(value) || double.IsNaN(bound))
        {
            return double.PositiveInfinity;
        }

        var gap = AtLeast ? bound - value : value - bound;
        return gap <= 0 ? 0 : gap / Math.Max(1, Math.Abs(bound));
    }

    /// <summary>The bound that applies when the starting policy's mean is <paramref name="start"/>.</summary>
    public double BoundFor(double start) => RelativeToStart ? start : Bound;

    /// <summary>Whether <paramref name="value"/> meets the constraint when the start's mean is <paramref name="start"/>.</summary>
    public bool IsMet(double value, double start) => Violation(value, start) == 0;

    /// <summary>
    /// Whether the whole <paramref name="interval"/> is on the right side of the bound: of the figure itself for a fixed
    /// bound, of its paired difference from the start for a bound relative to the start (then against 0).
    /// </summary>
    public bool IsSurelyMet(Interval interval)
    {
        var bound = RelativeToStart ? 0 : Bound;
        return double.IsFinite(interval.Lower) && (AtLeast ? interval.Lower >= bound : interval.Upper <= bound);
    }

    /// <summary>The spending ceiling of <c>--budget</c>: a number, or <c>start</c> for what the starting policy spends.</summary>
    /// <exception cref="OptimisationSpecException">Neither a number nor <c>start</c>.</exception>
    public static OptimisationConstraint Budget(string bound)
    {
        ArgumentNullException.ThrowIfNull(bound);
        try
        {
            return Parse("spending<=" + bound.Trim());
        }
        catch (OptimisationSpecException)
        {
            throw new OptimisationSpecException($"--budget {bound}: expected a number (the most the focal brand may spend over the reported weeks) or {Start} (no more than the starting policy spends).");
        }
    }

    /// <summary>Parses a <c>--constraint</c> spec.</summary>
    /// <exception cref="OptimisationSpecException">It does not parse, or names no outcome.</exception>
    public static OptimisationConstraint Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var match = Form().Match(spec);
        if (!match.Success)
        {
            throw new OptimisationSpecException($"--constraint '{spec}': expected {Syntax}.");
        }

        var name = match.Groups["out"].Value;
        var figure = SweepFigures.All.FirstOrDefault(f => f.Outcome == name)
            ?? throw new OptimisationSpecException($"--constraint '{spec}': {name} is not an outcome; allowed: {string.Join(", ", SweepFigures.OutcomeNames)}.");
        var atLeast = match.Groups["op"].Value == ">=";
        if (match.Groups["bound"].Value == Start)
        {
            return new OptimisationConstraint(name + match.Groups["op"].Value + Start, figure, atLeast, double.NaN, RelativeToStart: true);
        }

        if (!double.TryParse(match.Groups["bound"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) || !double.IsFinite(bound))
        {
            throw new OptimisationSpecException($"--constraint '{spec}': '{match.Groups["bound"].Value}' is not a number.");
        }

        return new OptimisationConstraint(name + match.Groups["op"].Value + match.Groups["bound"].Value, figure, atLeast, bound);
    }

    [GeneratedRegex(@"^\s*(?<out>[A-Za-z0-9_]+)\s*(?<op>>=|<=)\s*(?<bound>\S+)\s*$")]
    private static partial Regex Form();
}
