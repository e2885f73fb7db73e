using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// A condition a policy must meet: a figure of the focal brand at least or at most a bound, on its mean over the
/// replicates (<c>--constraint "nps&gt;=20"</c>; <c>--budget B</c> is <c>spending&lt;=B</c>).
/// </summary>
/// <param name="Text">The constraint as written, e.g. <c>nps&gt;=20</c>.</param>
/// <param name="Figure">The figure constrained.</param>
/// <param name="AtLeast">True for <c>&gt;=</c> (a floor), false for <c>&lt;=</c> (a ceiling).</param>
/// <param name="Bound">The bound, in the figure's recorded unit (a share for retention: 0.7, not 70).</param>
public sealed partial record OptimisationConstraint(string Text, SweepFigure Figure, bool AtLeast, double Bound)
{
    /// <summary>The form of a spec, for messages.</summary>
    public const string Syntax = "OUT>=X or OUT<=X (e.g. \"nps>=20\"; retention as a share: \"retention104>=0.7\")";

    /// <summary>How far the mean <paramref name="value"/> is on the wrong side of the bound, as a share of the bound's size (at least 1); 0 when met, infinite when undefined.</summary>
    public double Violation(double value)
    {
        if (double.IsNaN(value))
        {
            return double.PositiveInfinity;
        }

        var gap = AtLeast ? Bound - value : value - Bound;
        return gap <= 0 ? 0 : gap / Math.Max(1, Math.Abs(Bound));
    }

    /// <summary>Whether <paramref name="value"/> meets the constraint.</summary>
    public bool IsMet(double value) => Violation(value) == 0;

    /// <summary>Whether the whole <paramref name="interval"/> is on the right side of the bound.</summary>
    public bool IsSurelyMet(Interval interval) =>
        double.IsFinite(interval.Lower) && (AtLeast ? interval.Lower >= Bound : interval.Upper <= Bound);

    /// <summary>The spending ceiling of <c>--budget</c>.</summary>
    public static OptimisationConstraint Budget(double bound) =>
        new(string.Create(CultureInfo.InvariantCulture, $"spending<={bound}"), SweepFigures.ByOutcome("spending"), false, bound);

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
        if (!double.TryParse(match.Groups["bound"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) || !double.IsFinite(bound))
        {
            throw new OptimisationSpecException($"--constraint '{spec}': '{match.Groups["bound"].Value}' is not a number.");
        }

        return new OptimisationConstraint(name + match.Groups["op"].Value + match.Groups["bound"].Value, figure, match.Groups["op"].Value == ">=", bound);
    }

    [GeneratedRegex(@"^\s*(?<out>[A-Za-z0-9_]+)\s*(?<op>>=|<=)\s*(?<bound>\S+)\s*$")]
    private static partial Regex Form();
}
