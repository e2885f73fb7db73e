using System.Globalization;
using Simulator.Experiments.Optimisation;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Calibration;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// Writes an optimised policy as a scenario file that <c>extends</c> the optimised scenario (by a path relative to
/// the file) and sets the <c>--set</c> changes and the lever values found, so <c>cxsim run</c> and
/// <c>cxsim validate</c> take it at once.
/// </summary>
public static class OptimisedScenarioWriter
{
    /// <summary>The file of the recommended policy of a single objective.</summary>
    public const string FileName = "optimised.json";

    /// <summary>The file name of the re-evaluated front point <paramref name="index"/> (1-based) of two objectives.</summary>
    public static string FrontFileName(int index) => string.Create(CultureInfo.InvariantCulture, $"front-{index:00}.json");

    /// <summary>
    /// The file's text for the candidate <paramref name="candidate"/> of an optimisation of <paramref name="scenario"/>,
    /// to be written into <paramref name="directory"/>; null when the scenario was not loaded from a file (nothing to extend).
    /// </summary>
    public static string? ToText(Scenario scenario, IReadOnlyList<string> set, OptimisationProblem problem, Evaluation candidate, string name, string description, string directory)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(directory);
        var overrides = set.Select(ParameterAssignment.TryParseNumber).OfType<(string Path, double Value)>();
        var levers = problem.Levers.Select((l, j) => (l.Path, candidate.Values[j]));
        return CalibratedScenarioWriter.Extending(scenario, directory, name, description, [.. overrides, .. levers]);
    }
}
