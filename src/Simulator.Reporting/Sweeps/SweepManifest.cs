using System.Globalization;
using System.Text.Json;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// <c>sweep.json</c>: what a sweep is, written when it starts and read to resume it: the scenario (its
/// name, file, the argument given and a fingerprint of its settings), the varied specs, the design and
/// its points, the seed, replicates, population, weeks, burn-in, engine and the charted outcome.
/// </summary>
/// <param name="Format">The file's format version.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The file it was loaded from.</param>
/// <param name="ScenarioArgument">The scenario as given on the command line (a name or a path), for the resume command.</param>
/// <param name="ScenarioFingerprint">SHA-256 of the scenario's settings (<see cref="ScenarioFingerprint"/>).</param>
/// <param name="Set">The <c>--set PATH=VALUE</c> changes applied to the scenario before the design, in order.</param>
/// <param name="Vary">The <c>--vary</c> specs, in order.</param>
/// <param name="Design"><c>factorial</c> or <c>latin-hypercube</c>.</param>
/// <param name="LhsPoints">The points of a Latin hypercube; null for a factorial design.</param>
/// <param name="Seed">The seed of every run (and of the Latin hypercube).</param>
/// <param name="Replicates">Replicates per point.</param>
/// <param name="Customers">Population size.</param>
/// <param name="Weeks">Weeks reported.</param>
/// <param name="BurnInWeeks">Weeks simulated before week 0.</param>
/// <param name="Engine">The engine the sweep started with.</param>
/// <param name="Outcome">The figure charted (<c>--outcome</c>).</param>
/// <param name="StartedAt">When the sweep started.</param>
/// <param name="Version">The product's version.</param>
/// <param name="Points">Every design point, by id.</param>
public sealed record SweepManifest(
    int Format,
    string Scenario,
    string? ScenarioFile,
    string ScenarioArgument,
    string ScenarioFingerprint,
    IReadOnlyList<string> Set,
    IReadOnlyList<string> Vary,
    string Design,
    int? LhsPoints,
    ulong Seed,
    int Replicates,
    int Customers,
    int Weeks,
    int BurnInWeeks,
    string Engine,
    string Outcome,
    DateTimeOffset StartedAt,
    string Version,
    IReadOnlyList<SweepManifestPoint> Points)
{
    /// <summary>The file name inside a sweep directory.</summary>
    public const string FileName = "sweep.json";

    /// <summary>The format this version writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The name of a factorial design in the file.</summary>
    public const string Factorial = "factorial";

    /// <summary>The name of a Latin hypercube design in the file.</summary>
    public const string LatinHypercube = "latin-hypercube";

    /// <summary>The design's name in the file.</summary>
    public static string DesignName(SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return design.Kind == DesignKind.Factorial ? Factorial : LatinHypercube;
    }

    /// <summary>The design's points as recorded.</summary>
    public static IReadOnlyList<SweepManifestPoint> PointsOf(SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return design.Points.Select(p => new SweepManifestPoint(p.Id, p.Key)).ToArray();
    }

    /// <summary>
    /// How <paramref name="requested"/> differs from this sweep in what decides its numbers (scenario,
    /// design and points, seed, replicates, population, weeks, burn-in), one message per difference,
    /// each naming the option. Engine and outcome may differ: they do not change the runs.
    /// </summary>
    public IReadOnlyList<string> Differences(SweepManifest requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var differences = new List<string>();
        void Compare<T>(string option, T recorded, T asked, Func<T, string> show)
        {
            if (!EqualityComparer<T>.Default.Equals(recorded, asked))
            {
                differences.Add($"{option}: the sweep has {show(recorded)}; this command asks for {show(asked)}.");
            }
        }

        static string Text<T>(T value) => string.Create(CultureInfo.InvariantCulture, $"{value}");
        Compare("scenario", Scenario, requested.Scenario, s => "'" + s + "'");
        if (!Set.SequenceEqual(requested.Set))
        {
            differences.Add($"--set: the sweep has {Sets(Set)}; this command asks for {Sets(requested.Set)}.");
        }
        else if (Scenario == requested.Scenario && ScenarioFingerprint != requested.ScenarioFingerprint)
        {
            differences.Add($"scenario: the settings of '{Scenario}' have changed since the sweep started.");
        }

        Compare("--lhs", LhsPoints, requested.LhsPoints, n => n is { } points ? Text(points) + " points (Latin hypercube)" : "none (full factorial)");
        if (LhsPoints == requested.LhsPoints && !Points.Select(p => p.Key).SequenceEqual(requested.Points.Select(p => p.Key)))
        {
            differences.Add($"--vary: the sweep varies {string.Join(" ", Vary.Select(v => "--vary " + v))}; this command asks for {string.Join(" ", requested.Vary.Select(v => "--vary " + v))}.");
        }

        Compare("--seed", Seed, requested.Seed, Text);
        Compare("--replicates", Replicates, requested.Replicates, Text);
        Compare("--customers", Customers, requested.Customers, Text);
        Compare("--weeks", Weeks, requested.Weeks, Text);
        Compare("--burn-in", BurnInWeeks, requested.BurnInWeeks, Text);
        return differences;
    }

    private static string Sets(IReadOnlyList<string> sets) =>
        sets.Count == 0 ? "none" : string.Join(" ", sets.Select(s => "--set " + s));

    /// <summary>The file's text (indented JSON, camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SummaryJsonWriter.Options) + "\n";

    /// <summary>Reads a manifest from its text.</summary>
    /// <exception cref="InvalidDataException">The text is not a sweep manifest of a known format.</exception>
    public static SweepManifest Parse(string json) =>
        ManifestJson.Parse<SweepManifest>(json, FileName, "a sweep description", m => m.Vary is not null && m.Set is not null && m.Points is not null && m.Scenario is not null, m => m.Format, CurrentFormat);
}
