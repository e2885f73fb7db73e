using System.Text.RegularExpressions;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// Picks the parameters of an analysis: every settable path of the scenario matching one of the globs
/// (<c>*</c> any run of characters, dots included; <c>?</c> one character), studied over its plausible
/// range. Paths whose plausible range is a single value (a setting, not an uncertain coefficient, such as
/// the information lag) are left out.
/// </summary>
public static class SensitivityParameters
{
    /// <summary>The parameters studied when none are named: every coefficient of the model's rules.</summary>
    public const string DefaultGlob = "model.*";

    /// <summary>The matching paths of <paramref name="scenario"/>, in the order <c>cxsim parameters</c> lists them.</summary>
    /// <exception cref="SensitivitySpecException">A glob matches no path, or matches only paths without a range.</exception>
    public static IReadOnlyList<SensitivityParameter> Select(Scenario scenario, IReadOnlyList<string> globs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(globs);
        var all = ScenarioParameters.All(scenario);
        var patterns = (globs.Count == 0 ? [DefaultGlob] : globs).Select(g => (Glob: g, Regex: Pattern(g))).ToArray();
        foreach (var (glob, regex) in patterns)
        {
            var matches = all.Where(p => regex.IsMatch(p.Path)).ToArray();
            if (matches.Length == 0)
            {
                throw new SensitivitySpecException($"--parameters {glob} matches no setting of '{scenario.Name}'; 'cxsim parameters {scenario.Name}' lists them (paths such as model.trustGain, segments.*.conversionPerWeek, brands.*.policy.serviceEffort).");
            }

            if (matches.All(p => !Varies(p)))
            {
                throw new SensitivitySpecException($"--parameters {glob}: {string.Join(", ", matches.Select(p => p.Path))} has a single plausible value (a setting, not an uncertain coefficient); nothing to vary.");
            }
        }

        return [.. all
            .Where(p => Varies(p) && patterns.Any(g => g.Regex.IsMatch(p.Path)))
            .Select(p => new SensitivityParameter(p.Path, p.PlausibleMin, p.PlausibleMax, p.Value, p.Whole))];
    }

    /// <summary>Whether <paramref name="glob"/> matches the whole of <paramref name="path"/>.</summary>
    public static bool Matches(string glob, string path) => Pattern(glob).IsMatch(path);

    private static bool Varies(SettablePath path) => path.PlausibleMax > path.PlausibleMin;

    private static Regex Pattern(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
