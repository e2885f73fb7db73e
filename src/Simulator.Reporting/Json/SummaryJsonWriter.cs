using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Parameters;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Json;

/// <summary>
/// Writes <c>summary.json</c> (indented, camelCase, invariant, NaN as <c>null</c>): the resolved
/// scenario, the run's identity and versions, whether it completed, and the headline figures per brand.
/// </summary>
public static class SummaryJsonWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "summary.json";

    /// <summary>The serializer options of the file (also right for reading it back).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Builds the summary of <paramref name="result"/>.</summary>
    public static RunSummary Build(SimulationResult result, RunInfo info)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        var scenario = result.Scenario;
        var headlines = Enumerable.Range(0, scenario.Brands.Count)
            .Select(b =>
            {
                var replicates = Enumerable.Range(0, result.Replicates.Count).Select(r => Headlines.Of(result, r, b)).ToArray();
                return new BrandHeadlines(scenario.Brands[b].Name, HeadlineMeans.Of(replicates), HeadlineIntervals.Of(replicates), replicates);
            })
            .ToArray();
        return new RunSummary(
            info.RunId,
            info.Engine,
            info.StartedAt,
            info.FinishedAt,
            info.Duration.TotalSeconds,
            result.Completed,
            result.StoppedBecause,
            result.Replicates.Count(r => r.Ticks.Count > 0),
            result.Replicates.Select(r => r.Ticks.Count).ToArray(),
            new VersionsSummary(info.EffectiveProductVersion, RuntimeInformation.FrameworkDescription),
            Describe(scenario),
            headlines);
    }

    /// <summary>The resolved scenario with every value explicit.</summary>
    public static ScenarioSummary Describe(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ScenarioSummary(
            scenario.Name,
            scenario.Description,
            scenario.SourceFile,
            scenario.Weeks,
            scenario.BurnInWeeks,
            scenario.Customers,
            scenario.Seed,
            scenario.Replicates,
            new NetworkSummary(JsonNamingPolicy.CamelCase.ConvertName(scenario.Network.Kind.ToString()), scenario.Network.Neighbours, scenario.Network.Rewiring),
            scenario.Brands.Select(b => new BrandSummary(b.Name, b.InitialShare, b.InitialAwareness, ByName(PolicyLevers.All, b.Policy.ToArray()), [.. b.Responses.Select(r => ResponseRuleSummary.From(r, scenario))])).ToArray(),
            scenario.Segments.Select(s => new SegmentSummary(
                s.Name,
                s.Share,
                s.PermanentNeed,
                ByName(SegmentSpec.Specs, s.ToArray()),
                TraitDistribution.TraitNames.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => s.Traits[x.i], StringComparer.Ordinal))).ToArray(),
            ByName(MarketParameters.Specs, scenario.Market.ToArray()),
            ByName(ModelParameters.Specs, scenario.Model.ToArray()),
            scenario.CreateSchedule().Changes
                .Select(c => new ScheduleEntry(c.Week, scenario.Brands[c.Brand].Name, PolicyLevers.NameOf(c.Lever), c.Value))
                .ToArray());
    }

    /// <summary>Writes the summary of <paramref name="result"/> as UTF-8 JSON.</summary>
    public static void Write(SimulationResult result, RunInfo info, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, Build(result, info), Options);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, RunInfo info, string path)
    {
        using var stream = File.Create(path);
        Write(result, info, stream);
    }

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result, RunInfo info) =>
        JsonSerializer.Serialize(Build(result, info), Options) + "\n";

    /// <summary>Reads a summary back.</summary>
    public static RunSummary? Read(string json) => JsonSerializer.Deserialize<RunSummary>(json, Options);

    private static Dictionary<string, double> ByName(IReadOnlyList<ParameterSpec> specs, double[] values)
    {
        var byName = new Dictionary<string, double>(specs.Count, StringComparer.Ordinal);
        for (var i = 0; i < specs.Count; i++)
        {
            byName.Add(specs[i].Name, values[i]);
        }

        return byName;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            NumberHandling = JsonNumberHandling.Strict,
            IndentCharacter = ' ',
            IndentSize = 2,
            NewLine = "\n",
            // A file of its own, never embedded in HTML: keep '+', quotes and non-ASCII names readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new NanAsNullConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
