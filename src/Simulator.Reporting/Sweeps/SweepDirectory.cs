using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// Where sweeps go: <c>&lt;results root&gt;/sweeps/&lt;scenario&gt;/&lt;run id&gt;/</c> (and sensitivity analyses,
/// which run like sweeps, <c>&lt;results root&gt;/sensitivity/&lt;scenario&gt;/&lt;run id&gt;/</c>). A new directory
/// appears with its description and the header of runs.csv already in it (prepared in a hidden sibling,
/// then renamed), and never replaces another (a taken run id gets <c>-2</c>, <c>-3</c>...).
/// </summary>
public static class SweepDirectory
{
    /// <summary>The folder under the results root that holds every sweep.</summary>
    public const string Folder = "sweeps";

    /// <summary>The directory of scenario <paramref name="scenarioName"/>'s sweeps under <paramref name="resultsRoot"/>.</summary>
    public static string ScenarioDirectory(string resultsRoot, string scenarioName) =>
        RunDirectory.ScenarioDirectory(Path.Combine(resultsRoot, Folder), scenarioName);

    /// <summary>Creates a new sweep directory holding <paramref name="manifest"/> and <paramref name="runsHeader"/>; returns its path.</summary>
    public static string Create(string resultsRoot, string runId, SweepManifest manifest, string runsHeader)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return Create(resultsRoot, Folder, manifest.Scenario, runId, SweepManifest.FileName, manifest.ToJson(), runsHeader, "sweep");
    }

    /// <summary>
    /// Creates <c>&lt;results root&gt;/&lt;folder&gt;/&lt;scenario&gt;/&lt;run id&gt;/</c> holding the description
    /// <paramref name="manifestFile"/> and runs.csv with <paramref name="runsHeader"/>; returns its path.
    /// </summary>
    public static string Create(string resultsRoot, string folder, string scenario, string runId, string manifestFile, string manifestText, string runsHeader, string what)
    {
        ArgumentNullException.ThrowIfNull(resultsRoot);
        ArgumentNullException.ThrowIfNull(runsHeader);
        var root = Path.Combine(resultsRoot, folder);
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(root, scenario),
            runId,
            () => RunDirectory.Choose(root, scenario, runId),
            temp =>
            {
                File.WriteAllText(Path.Combine(temp, manifestFile), manifestText);
                File.WriteAllText(Path.Combine(temp, SweepRunsCsv.FileName), runsHeader);
            },
            (_, _) => { },
            what);
    }
}
