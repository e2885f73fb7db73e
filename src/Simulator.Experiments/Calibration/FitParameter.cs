using System.Globalization;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// A scenario setting being fitted: its path (as <see cref="ScenarioParameters"/> reads it), its value in the
/// scenario (where the fit starts) and the bounds it is searched in, mapped onto [0, 1] for the optimiser.
/// </summary>
/// <param name="Path">The setting's path, e.g. <c>model.reviewRate</c>.</param>
/// <param name="Start">The scenario's value, moved inside the bounds when it lies outside them.</param>
/// <param name="Min">The lower bound.</param>
/// <param name="Max">The upper bound.</param>
/// <param name="Scale">How the bounds map onto [0, 1].</param>
public sealed record FitParameter(string Path, double Start, double Min, double Max, ParameterScale Scale)
{
    /// <summary>The smallest ratio of upper to lower bound that gets a logarithmic scale.</summary>
    public const double LogScaleRatio = 100;

    /// <summary>Whether the setting only takes whole numbers (rounded when mapped back).</summary>
    public bool IsWhole => Path == "network.neighbours";

    /// <summary>
    /// The parameter at <paramref name="path"/> of <paramref name="scenario"/>, searched within the setting's
    /// allowed range, or within <paramref name="bounds"/> when given (which must lie inside that range).
    /// </summary>
    /// <exception cref="ArgumentException">The path is not a setting, or the bounds are not inside its range; the message says what is allowed.</exception>
    public static FitParameter For(Scenario scenario, string path, (double Min, double Max)? bounds = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        var (min, max) = ScenarioParameters.RangeOf(scenario, path);
        var start = ScenarioParameters.Get(scenario, path);
        if (bounds is { } b)
        {
            if (!(b.Min >= min && b.Max <= max && b.Min < b.Max))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"bounds {b.Min}:{b.Max} for '{path}' are not inside its range; allowed: LO:HI with {min} <= LO < HI <= {max}."));
            }

            (min, max) = b;
        }

        if (!(min < max))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{path}' has the fixed range {min} to {max}; allowed: a setting with a range to search."));
        }

        var scale = min > 1e-12 && max / min >= LogScaleRatio ? ParameterScale.Log : ParameterScale.Linear;
        return new FitParameter(path, Math.Clamp(start, min, max), min, max, scale);
    }

    /// <summary>Where <paramref name="value"/> lies between the bounds, from 0 to 1.</summary>
    public double ToUnit(double value)
    {
        var v = Math.Clamp(value, Min, Max);
        var unit = Scale == ParameterScale.Log
            ? Math.Log(v / Min) / Math.Log(Max / Min)
            : (v - Min) / (Max - Min);
        return Math.Clamp(unit, 0, 1);
    }

    /// <summary>The value at <paramref name="unit"/> (0 to 1) between the bounds; whole settings are rounded.</summary>
    public double FromUnit(double unit)
    {
        var u = Math.Clamp(unit, 0, 1);
        var value = Scale == ParameterScale.Log
            ? Min * Math.Exp(u * Math.Log(Max / Min))
            : Min + (u * (Max - Min));
        value = Math.Clamp(value, Min, Max);
        return IsWhole ? Math.Clamp(Math.Round(value), Math.Ceiling(Min), Math.Floor(Max)) : value;
    }
}
