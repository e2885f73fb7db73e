using System.Globalization;
using System.Text.Json;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// <c>optimise.json</c>: what an optimisation is, written when it starts and read to resume it. The candidates are
/// not stored: they follow from these settings and the runs, which runs.csv keeps.
/// </summary>
/// <param name="Format">The file's format version.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The file it was loaded from.</param>
/// <param name="ScenarioArgument">The scenario as given on the command line, for the resume command.</param>
/// <param name="ScenarioFingerprint">SHA-256 of the scenario's settings.</param>
/// <param name="Set">The <c>--set</c> changes applied first, in order.</param>
/// <param name="Bounds">Each lever with the bounds searched, as <c>PATH=LO:HI</c>, in the order of <c>--levers</c>.</param>
/// <param name="Objectives">The <c>--objective</c> outcomes.</param>
/// <param name="Constraints">The constraints, <c>--budget</c> included as <c>spending&lt;=B</c>.</param>
/// <param name="Seed">The seed of every run and of the search.</param>
/// <param name="Replicates">Replicates per candidate in the search.</param>
/// <param name="MaxEvaluations">The most candidates of the search.</param>
/// <param name="FreshReplicates">Replicates of the re-evaluation.</param>
/// <param name="FreshCandidates">Candidates re-evaluated.</param>
/// <param name="Population">CMA-ES's λ (the default written out, so that giving it on resume changes nothing).</param>
/// <param name="Elitist">Whether the best so far was injected into every generation (<c>--elitist</c>).</param>
/// <param name="Customers">Population size.</param>
/// <param name="Weeks">Weeks reported.</param>
/// <param name="BurnInWeeks">Weeks simulated before week 0.</param>
/// <param name="Engine">The engine the optimisation started with.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Version">The product's version.</param>
public sealed record OptimisationManifest(
    int Format,
    string Scenario,
    string? ScenarioFile,
    string ScenarioArgument,
    string ScenarioFingerprint,
    IReadOnlyList<string> Set,
    IReadOnlyList<string> Bounds,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Constraints,
    ulong Seed,
    int Replicates,
    int MaxEvaluations,
    int FreshReplicates,
    int FreshCandidates,
    int? Population,
    bool Elitist,
    int Customers,
    int Weeks,
    int BurnInWeeks,
    string Engine,
    DateTimeOffset StartedAt,
    string Version)
{
    /// <summary>The file name inside an optimisation directory.</summary>
    public const string FileName = "optimise.json";

    /// <summary>The format this version writes.</summary>
    public const int CurrentFormat = 1;

    /// <summary>How <paramref name="requested"/> differs from this optimisation in what decides its runs, one message per option; the engine may differ.</summary>
    public IReadOnlyList<string> Differences(OptimisationManifest requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var differences = new List<string>();
        void Compare(string option, string recorded, string asked)
        {
            if (recorded != asked)
            {
                differences.Add($"{option}: the optimisation has {recorded}; this command asks for {asked}.");
            }
        }

        static string Text<T>(T value) => value is null ? "the default" : string.Create(CultureInfo.InvariantCulture, $"{value}");
        static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
        Compare("scenario", "'" + Scenario + "'", "'" + requested.Scenario + "'");
        Compare("--set", List(Set), List(requested.Set));
        if (Scenario == requested.Scenario && Set.SequenceEqual(requested.Set) && ScenarioFingerprint != requested.ScenarioFingerprint)
        {
            differences.Add($"scenario: the settings of '{Scenario}' have changed since the optimisation started.");
        }

        Compare("--levers/--bounds", List(Bounds), List(requested.Bounds));
        Compare("--objective", List(Objectives), List(requested.Objectives));
        Compare("--constraint/--budget", List(Constraints), List(requested.Constraints));
        Compare("--seed", Text(Seed), Text(requested.Seed));
        Compare("--replicates", Text(Replicates), Text(requested.Replicates));
        Compare("--max-evaluations", Text(MaxEvaluations), Text(requested.MaxEvaluations));
        Compare("--fresh-replicates", Text(FreshReplicates), Text(requested.FreshReplicates));
        Compare("--fresh-candidates", Text(FreshCandidates), Text(requested.FreshCandidates));
        Compare("--population", Text(Population), Text(requested.Population));
        Compare("--elitist", Elitist ? "it" : "not", requested.Elitist ? "it" : "not");
        Compare("--customers", Text(Customers), Text(requested.Customers));
        Compare("--weeks", Text(Weeks), Text(requested.Weeks));
        Compare("--burn-in", Text(BurnInWeeks), Text(requested.BurnInWeeks));
        return differences;
    }

    /// <summary>The file's text (indented JSON, camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SummaryJsonWriter.Options) + "\n";

    /// <summary>Reads a manifest from its text.</summary>
    /// <exception cref="InvalidDataException">The text is not an optimisation manifest of a known format.</exception>
    public static OptimisationManifest Parse(string json) =>
        ManifestJson.Parse<OptimisationManifest>(json, FileName, "an optimisation", m => m.Scenario is not null && m.Set is not null && m.Bounds is not null && m.Objectives is not null && m.Constraints is not null && m.Engine is not null, m => m.Format, CurrentFormat);
}
