using System.Globalization;
using System.Text.Json;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Sensitivity;

/// <summary>
/// <c>sensitivity.json</c>: what an analysis is, written when it starts and read to resume it. The design's
/// points are not stored: they follow from the method, the paths, the sizes, the seed and the scenario
/// (whose fingerprint is kept), and runs.csv repeats each run's parameter values, which are checked on resume.
/// </summary>
/// <param name="Format">The file's format version.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The file it was loaded from.</param>
/// <param name="ScenarioArgument">The scenario as given on the command line, for the resume command.</param>
/// <param name="ScenarioFingerprint">SHA-256 of the scenario's settings.</param>
/// <param name="Set">The <c>--set</c> changes applied before the analysis, in order.</param>
/// <param name="Method"><c>morris</c> or <c>sobol</c>.</param>
/// <param name="Parameters">The <c>--parameters</c> globs.</param>
/// <param name="Paths">The paths they selected, in order.</param>
/// <param name="Samples">Morris trajectories, or Sobol's N.</param>
/// <param name="Levels">The Morris grid's levels.</param>
/// <param name="Seed">The seed of every run and of the design.</param>
/// <param name="Replicates">Replicates per point.</param>
/// <param name="Customers">Population size.</param>
/// <param name="Weeks">Weeks reported.</param>
/// <param name="BurnInWeeks">Weeks simulated before week 0.</param>
/// <param name="Engine">The engine the analysis started with.</param>
/// <param name="Outcomes">The outcomes analysed (<c>--outcome</c>).</param>
/// <param name="StartedAt">When the analysis started.</param>
/// <param name="Version">The product's version.</param>
public sealed record SensitivityManifest(
    int Format,
    string Scenario,
    string? ScenarioFile,
    string ScenarioArgument,
    string ScenarioFingerprint,
    IReadOnlyList<string> Set,
    string Method,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Paths,
    int Samples,
    int Levels,
    ulong Seed,
    int Replicates,
    int Customers,
    int Weeks,
    int BurnInWeeks,
    string Engine,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset StartedAt,
    string Version)
{
    /// <summary>The file name inside an analysis directory.</summary>
    public const string FileName = "sensitivity.json";

    /// <summary>The format this version writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>
    /// How <paramref name="requested"/> differs from this analysis in what decides its runs, one message per
    /// difference, each naming the option. Engine and outcomes may differ: they do not change the runs.
    /// </summary>
    public IReadOnlyList<string> Differences(SensitivityManifest requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var differences = new List<string>();
        void Compare<T>(string option, T recorded, T asked, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(recorded, asked))
            {
                differences.Add($"{option}: the analysis has {show(recorded)}; this command asks for {show(asked)}.");
            }
        }

        static string Text<T>(T value) => string.Create(CultureInfo.InvariantCulture, $"{value}");
        static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
        Compare("scenario", Scenario, requested.Scenario, s => "'" + s + "'");
        Compare("--set", List(Set), List(requested.Set), s => s);
        if (Scenario == requested.Scenario && Set.SequenceEqual(requested.Set) && ScenarioFingerprint != requested.ScenarioFingerprint)
        {
            differences.Add($"scenario: the settings of '{Scenario}' have changed since the analysis started.");
        }

        Compare("--method", Method, requested.Method, s => s);
        Compare("--parameters", List(Paths), List(requested.Paths), s => s);
        Compare("--samples", Samples, requested.Samples, Text);
        Compare("--levels", Levels, requested.Levels, Text);
        Compare("--seed", Seed, requested.Seed, Text);
        Compare("--replicates", Replicates, requested.Replicates, Text);
        Compare("--customers", Customers, requested.Customers, Text);
        Compare("--weeks", Weeks, requested.Weeks, Text);
        Compare("--burn-in", BurnInWeeks, requested.BurnInWeeks, Text);
        return differences;
    }

    /// <summary>The file's text (indented JSON, camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SummaryJsonWriter.Options) + "\n";

    /// <summary>Reads a manifest from its text.</summary>
    /// <exception cref="InvalidDataException">The text is not a sensitivity manifest of a known format.</exception>
    public static SensitivityManifest Parse(string json) =>
        ManifestJson.Parse<SensitivityManifest>(json, FileName, "a sensitivity analysis", m => m.Scenario is not null && m.Set is not null && m.Parameters is not null && m.Paths is not null && m.Outcomes is not null && m.Method is not null, m => m.Format, CurrentFormat);
}
