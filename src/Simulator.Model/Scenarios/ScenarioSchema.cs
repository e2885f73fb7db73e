using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Model.Brands;
using Simulator.Model.Market;
using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of scenario files from the parameter registries, so that
/// editors complete field names, show each parameter's meaning and source, and flag unknown fields and
/// out-of-range values. The committed copy is <c>scenarios/scenario.schema.json</c>.
/// </summary>
public static class ScenarioSchema
{
    /// <summary>The JSON Schema dialect the generated schema uses.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Dictionary<string, string> _traitDescriptions = new(StringComparer.Ordinal)
    {
        ["privacySensitivity"] = "How much losing control of personal data worries the customer.",
        ["forgiveness"] = "How much a bad experience is discounted before it turns into anger.",
        ["talkativeness"] = "How readily the customer tells peers about a brand.",
        ["priceSensitivity"] = "How heavily price weighs against benefit.",
        ["effortTolerance"] = "How much effort a service contact may cost before it angers.",
    };

    /// <summary>
    /// The schema as text: deterministic, 2-space indent, "\n" line endings and a trailing newline.
    /// </summary>
    public static string Generate()
    {
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentCharacter = ' ',
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteRoot(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRoot(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("$schema", Dialect);
        w.WriteString("title", "Customer-lifecycle simulation scenario");
        w.WriteString("description",
            "A scenario: the market, the population, the brands' policies and the run settings. Generated from the parameter registries by ScenarioSchema.Generate(); do not edit by hand.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);

        w.WriteStartObject("properties");
        Text(w, "$schema", "Path or URL of this schema, for editors; ignored by the simulator.", minLength: 0);
        Text(w, "extends",
            "Path of a base scenario, relative to this file's directory. The base is loaded first and this file is deep-merged over it: objects merge key by key, arrays and values are replaced whole. The name is never inherited.",
            minLength: 1);
        Text(w, "name", "Short name of the scenario; defaults to the file name without extension.", minLength: 1);
        Text(w, "description", "What the scenario represents. Required, possibly through extends.", minLength: 1);
        Integer(w, "weeks", "Number of weekly ticks to simulate.", 1, Scenario.MaxWeeks, null);
        Integer(w, "burnInWeeks", "Weeks the market runs before week 0 so that feelings, trust and shares settle; they are simulated but not reported.", 0, Scenario.MaxBurnInWeeks, Scenario.DefaultBurnInWeeks);
        Integer(w, "customers", "Population size.", 1, Scenario.MaxCustomers, null);

        w.WriteStartObject("seed");
        w.WriteString("description", "Root seed of all random draws.");
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", 0);
        w.WriteNumber("maximum", ulong.MaxValue);
        w.WriteNumber("default", 1);
        w.WriteEndObject();

        Integer(w, "replicates", "Number of replicates; replicate k uses the same random numbers in every scenario.", 1, Scenario.MaxReplicates, 1);

        w.WriteStartObject("brands");
        w.WriteString("description", FormattableString.Invariant(
            $"The brands, keyed by name, in order: the first is the focal brand. {MarketLimits.MinBrands} to {MarketLimits.MaxBrands} brands; their initial shares add up to at most 1."));
        w.WriteString("type", "object");
        w.WriteNumber("maxProperties", MarketLimits.MaxBrands);
        NonEmptyNames(w);
        Ref(w, "additionalProperties", "brand");
        w.WriteEndObject();

        w.WriteStartObject("segments");
        w.WriteString("description", "The population segments, keyed by name; at least one.");
        w.WriteString("type", "object");
        NonEmptyNames(w);
        Ref(w, "additionalProperties", "segment");
        w.WriteEndObject();

        Ref(w, "network", "network");
        Ref(w, "market", "market");
        Ref(w, "model", "model");

        w.WriteStartObject("schedule");
        w.WriteString("description", "Scheduled policy changes. Each lever in an entry's policy becomes one change; changes apply in order of week, then of position.");
        w.WriteString("type", "array");
        Ref(w, "items", "policyChange");
        w.WriteEndObject();
        w.WriteEndObject();

        // A file that extends another may leave out what its base provides; a file that does not must be complete.
        w.WriteStartObject("if");
        Strings(w, "required", ["extends"]);
        w.WriteEndObject();
        w.WriteStartObject("else");
        Strings(w, "required", ["description", "weeks", "customers", "brands", "segments"]);
        w.WriteStartObject("properties");
        w.WriteStartObject("brands");
        w.WriteNumber("minProperties", MarketLimits.MinBrands);
        w.WriteEndObject();
        w.WriteStartObject("segments");
        w.WriteNumber("minProperties", 1);
        w.WriteStartObject("additionalProperties");
        Strings(w, "required", ["share"]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("$defs");
        WriteBrand(w);
        WriteParameterObject(w, "policy", "A brand's policy: the value of each lever. Levers left out take their default.", PolicyLevers.All);
        WriteSegment(w);
        WriteTraits(w);
        WriteNetwork(w);
        WriteParameterObject(w, "market", "The economic constants of the market. Constants left out take their default.", MarketParameters.Specs);
        WriteParameterObject(w, "model", "The behavioural constants of the model. Constants left out take their calibrated default.", ModelParameters.Specs);
        WritePolicyChange(w);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    private static void WriteBrand(Utf8JsonWriter w)
    {
        w.WriteStartObject("brand");
        w.WriteString("description", "A brand: where it starts and its policy at week 0.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        Number(w, "initialShare", "Share of the population that are its customers at week 0.", 0, 1, 0);
        Number(w, "initialAwareness", "Share of the population that know the brand at week 0.", 0, 1, 0);
        Ref(w, "policy", "policy");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSegment(Utf8JsonWriter w)
    {
        w.WriteStartObject("segment");
        w.WriteString("description", "A population segment: its weight, its needs and how its traits are spread.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");

        w.WriteStartObject("share");
        w.WriteString("description", "Relative weight of the segment in the population (normalised over segments). Required.");
        w.WriteString("type", "number");
        w.WriteNumber("exclusiveMinimum", 0);
        w.WriteNumber("maximum", ScenarioReader.MaxSegmentShare);
        w.WriteEndObject();

        w.WriteStartObject("permanentNeed");
        w.WriteString("description", "When true, a need once recognised never ends (pure diffusion).");
        w.WriteString("type", "boolean");
        w.WriteBoolean("default", false);
        w.WriteEndObject();

        foreach (var spec in SegmentSpec.Specs)
        {
            Spec(w, spec);
        }

        Ref(w, "traits", "traits");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTraits(Utf8JsonWriter w)
    {
        w.WriteStartObject("traits");
        w.WriteString("description", "How each trait is spread in the segment: a normal with this mean and spread, clipped to [0, 1]. Traits left out, and a mean or spread left out, take the default.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        for (var i = 0; i < TraitDistribution.TraitNames.Count; i++)
        {
            var name = TraitDistribution.TraitNames[i];
            var defaults = SegmentSpec.DefaultTraits[i];
            w.WriteStartObject(name);
            w.WriteString("description", _traitDescriptions.TryGetValue(name, out var text) ? text : "A customer trait.");
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            Number(w, "mean", "Mean of the trait in the segment.", 0, 1, defaults.Mean);
            Number(w, "spread", "Standard deviation of the trait in the segment.", 0, TraitDistribution.MaxSpread, defaults.Spread);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNetwork(Utf8JsonWriter w)
    {
        var defaults = NetworkSpec.Default;
        w.WriteStartObject("network");
        w.WriteString("description", FormattableString.Invariant(
            $"The word-of-mouth network. Fields left out take the default: {ScenarioReader.NetworkKindNames[(int)defaults.Kind]} with {defaults.Neighbours} peers and rewiring {defaults.Rewiring} (Watts & Strogatz 1998)."));
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");

        w.WriteStartObject("kind");
        w.WriteString("description", "smallWorld: a ring of neighbours with some ties rewired at random (Watts-Strogatz). wellMixed: everyone meets everyone; imitation follows the market share (the Bass mean field).");
        w.WriteString("type", "string");
        Strings(w, "enum", ScenarioReader.NetworkKindNames);
        w.WriteString("default", ScenarioReader.NetworkKindNames[(int)defaults.Kind]);
        w.WriteEndObject();

        Integer(w, "neighbours", "Peers each customer talks to (small world).", 1, NetworkSpec.MaxNeighbours, defaults.Neighbours);
        Number(w, "rewiring", "Probability that a tie to a ring neighbour is rewired to a random customer.", 0, 1, defaults.Rewiring);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePolicyChange(Utf8JsonWriter w)
    {
        w.WriteStartObject("policyChange");
        w.WriteString("description", "From week on, the brand sets each lever in policy to the value given.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        Strings(w, "required", ScenarioReader.ScheduleFields);
        w.WriteStartObject("properties");
        Integer(w, "week", "First week (0-based tick) the new values apply; at most the scenario's weeks.", 0, Scenario.MaxWeeks, null);
        Text(w, "brand", "Name of a brand listed under brands.", minLength: 1);
        Ref(w, "policy", "policy");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteParameterObject(Utf8JsonWriter w, string name, string description, IReadOnlyList<ParameterSpec> specs)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var spec in specs)
        {
            Spec(w, spec);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Spec(Utf8JsonWriter w, ParameterSpec spec) =>
        Number(w, spec.Name, spec.Description + " Source: " + spec.Source, spec.Min, spec.Max, spec.Default);

    private static void Number(Utf8JsonWriter w, string name, string description, double min, double max, double? defaultValue)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteString("type", "number");
        w.WriteNumber("minimum", min);
        w.WriteNumber("maximum", max);
        if (defaultValue is { } value)
        {
            w.WriteNumber("default", value);
        }

        w.WriteEndObject();
    }

    private static void Integer(Utf8JsonWriter w, string name, string description, long min, long max, long? defaultValue)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteString("type", "integer");
        w.WriteNumber("minimum", min);
        w.WriteNumber("maximum", max);
        if (defaultValue is { } value)
        {
            w.WriteNumber("default", value);
        }

        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string name, string description, int minLength)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteString("type", "string");
        if (minLength > 0)
        {
            w.WriteNumber("minLength", minLength);
        }

        w.WriteEndObject();
    }

    private static void NonEmptyNames(Utf8JsonWriter w)
    {
        w.WriteStartObject("propertyNames");
        w.WriteNumber("minLength", 1);
        w.WriteEndObject();
    }

    private static void Ref(Utf8JsonWriter w, string name, string definition)
    {
        w.WriteStartObject(name);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
