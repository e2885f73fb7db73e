using System.Globalization;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Optimisation;

/// <summary>One setting the optimiser may move: its path, the bounds it stays within, and its value in the scenario.</summary>
/// <param name="Path">The scenario setting's dotted path (any path <see cref="ScenarioParameters"/> accepts).</param>
/// <param name="Lower">The smallest value the search may try.</param>
/// <param name="Upper">The largest value the search may try.</param>
/// <param name="Start">The scenario's value, where the search starts (inside the bounds).</param>
/// <param name="Whole">Whether only whole numbers are meaningful (candidates are rounded).</param>
public sealed record OptimisationLever(string Path, double Lower, double Upper, double Start, bool Whole)
{
    /// <summary>The widest allowed range searched without <c>--bounds</c>: a first step of 0.3 of a wider one (the relationship budget's 0 to 100,000) says nothing useful.</summary>
    public const double MaxUnboundedWidth = 1000;

    /// <summary>The form of a <c>--bounds</c> spec, for messages.</summary>
    public const string BoundsSyntax = "PATH=LO:HI (e.g. policy.serviceEffort=0.1:0.9)";

    /// <summary>The value at <paramref name="unit"/> in [0, 1] of the bounds (rounded for a whole-number setting when a whole number lies in them, and kept inside the bounds).</summary>
    public double ValueAt(double unit)
    {
        var value = Lower + Math.Clamp(unit, 0, 1) * (Upper - Lower);
        if (Whole && Math.Ceiling(Lower) <= Math.Floor(Upper))
        {
            value = Math.Clamp(Math.Round(value), Math.Ceiling(Lower), Math.Floor(Upper));
        }

        return Math.Clamp(value, Lower, Upper);
    }

    /// <summary>Where <paramref name="value"/> lies in the bounds, in [0, 1] (0.5 when the bounds are one value).</summary>
    public double UnitOf(double value) => Upper == Lower ? 0.5 : Math.Clamp((value - Lower) / (Upper - Lower), 0, 1);

    /// <summary>
    /// The levers <paramref name="paths"/> of <paramref name="scenario"/>, each with its <c>--bounds</c> if given, else the
    /// setting's whole allowed range. The start is the scenario's value, which the bounds must contain.
    /// </summary>
    /// <exception cref="OptimisationSpecException">No lever, a path twice, an unknown path, a bounds spec that does not parse, names no lever, or leaves the allowed range.</exception>
    public static IReadOnlyList<OptimisationLever> Resolve(Scenario scenario, IReadOnlyList<string> paths, IReadOnlyList<string> bounds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(bounds);
        if (paths.Count == 0)
        {
            throw new OptimisationSpecException("--levers is required: give at least one setting to optimise, e.g. --levers policy.serviceEffort,policy.firstContactResolution.");
        }

        var repeated = paths.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new OptimisationSpecException($"--levers names {repeated.Key} {repeated.Count()} times; name each setting once.");
        }

        var given = new Dictionary<string, (double Lo, double Hi, string Spec)>(StringComparer.Ordinal);
        foreach (var spec in bounds)
        {
            if (ParameterAssignment.TryParse(spec) is not var (path, text) || text.Split(':') is not [var lo, var hi]
                || !double.TryParse(lo, NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
                || !double.TryParse(hi, NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
                || !double.IsFinite(low) || !double.IsFinite(high))
            {
                throw new OptimisationSpecException($"--bounds '{spec}': expected {BoundsSyntax}.");
            }

            if (!paths.Contains(path, StringComparer.Ordinal))
            {
                throw new OptimisationSpecException($"--bounds '{spec}': {path} is not one of --levers ({string.Join(", ", paths)}).");
            }

            if (low > high)
            {
                throw new OptimisationSpecException($"--bounds '{spec}': LO {lo} is greater than HI {hi}.");
            }

            if (!given.TryAdd(path, (low, high, spec)))
            {
                throw new OptimisationSpecException($"--bounds gives {path} twice; bound each setting once.");
            }
        }

        var settable = ScenarioParameters.All(scenario);
        var levers = new List<OptimisationLever>();
        foreach (var path in paths)
        {
            double value, min, max;
            try
            {
                value = ScenarioParameters.Get(scenario, path);
                (min, max) = ScenarioParameters.RangeOf(scenario, path);
            }
            catch (ArgumentException e)
            {
                throw new OptimisationSpecException($"--levers {path}: {e.Message}");
            }

            var whole = settable.FirstOrDefault(s => s.Path == path || s.Path == $"brands.{scenario.Brands[0].Name}.{path}")?.Whole ?? false;
            var (lower, upper) = (min, max);
            if (given.TryGetValue(path, out var b))
            {
                if (b.Lo < min || b.Hi > max)
                {
                    throw new OptimisationSpecException(string.Create(CultureInfo.InvariantCulture, $"--bounds '{b.Spec}': outside the allowed range of {path}; allowed: {min} to {max}."));
                }

                if (whole && Math.Ceiling(b.Lo) > Math.Floor(b.Hi))
                {
                    throw new OptimisationSpecException($"--bounds '{b.Spec}': {path} takes whole numbers only, and none lies between LO and HI.");
                }

                if (value < b.Lo || value > b.Hi)
                {
                    throw new OptimisationSpecException(string.Create(CultureInfo.InvariantCulture, $"--bounds '{b.Spec}': the scenario's {path} is {value}, outside LO:HI; the search starts from the scenario's policy (and 'start' constraints compare with it), so the bounds must contain it (change it with --set {path}=VALUE)."));
                }

                (lower, upper) = (b.Lo, b.Hi);
            }
            else if (max - min > MaxUnboundedWidth)
            {
                throw new OptimisationSpecException(string.Create(CultureInfo.InvariantCulture, $"--levers {path}: its allowed range {min} to {max} is too wide to search; give --bounds {path}=LO:HI."));
            }

            levers.Add(new OptimisationLever(path, lower, upper, value, whole));
        }

        return levers;
    }
}
