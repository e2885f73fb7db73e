using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// Where sweeps go: <c>&lt;results root&gt;/sweeps/&lt;scenario&gt;/&lt;run id&gt;/</c>. A new sweep directory
/// appears with its sweep.json and the header of runs.csv already in it (prepared in a hidden sibling,
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
        ArgumentNullException.ThrowIfNull(resultsRoot);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(runsHeader);
        var sweepsRoot = Path.Combine(resultsRoot, Folder);
        return StagedDirectory.Write(
            RunDirectory.ScenarioDirectory(sweepsRoot, manifest.Scenario),
            runId,
            () => RunDirectory.Choose(sweepsRoot, manifest.Scenario, runId),
            temp =>
            {
                File.WriteAllText(Path.Combine(temp, SweepManifest.FileName), manifest.ToJson());
                File.WriteAllText(Path.Combine(temp, SweepRunsCsv.FileName), runsHeader);
            },
            (_, _) => { },
            "sweep");
    }
}
