using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simulator.Model.Brands;
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
            "A scenario: the market, the population, the brands' policies and the run settings. Generated from the field and parameter registries by ScenarioSchema.Generate(); do not edit by hand.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        Properties(w, ScenarioFields.Root);

        // A file that extends another may leave out what its base provides; a file that does not must be complete.
        w.WriteStartObject("if");
        Strings(w, "required", [ScenarioFields.Extends.Name]);
        w.WriteEndObject();
        w.WriteStartObject("else");
        Strings(w, "required", Required(ScenarioFields.Root));
        w.WriteStartObject("properties");
        foreach (var map in ScenarioFields.Root.Where(f => f.Kind == FieldKind.Map))
        {
            w.WriteStartObject(map.Name);
            if (map.MinCount is { } min)
            {
                w.WriteNumber("minProperties", min);
            }

            if (map == ScenarioFields.Segments)
            {
                w.WriteStartObject("additionalProperties");
                Strings(w, "required", Required(ScenarioFields.SegmentOwn));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("$defs");
        Definition(w, "brand", "A brand: where it starts and its policy at week 0.", ScenarioFields.Brand);
        WriteParameterObject(w, "policy", "A brand's policy: the value of each lever. Levers left out take their default.", PolicyLevers.All);
        Definition(w, "segment", "A population segment: its weight, its needs and how its traits are spread.", ScenarioFields.SegmentOwn, SegmentSpec.Specs);
        WriteTraits(w);
        var network = NetworkSpec.Default;
        Definition(w, "network", FormattableString.Invariant(
            $"The word-of-mouth network. Fields left out take the default: {ScenarioFields.NetworkKindNames[(int)network.Kind]} with {network.Neighbours} peers and rewiring {network.Rewiring} (Watts & Strogatz 1998)."),
            ScenarioFields.NetworkFields);
        WriteParameterObject(w, "market", "The economic constants of the market. Constants left out take their default.", MarketParameters.Specs);
        WriteParameterObject(w, "model", "The behavioural constants of the model. Constants left out take their calibrated default.", ModelParameters.Specs);
        Definition(w, "policyChange", "From week on, the brand sets each lever in policy to the value given.", ScenarioFields.PolicyChange, required: true);
        Definition(w, "response", "A rule by which a brand responds to the market (section 4.2 of docs/model.md); each rule reads rule, delayWeeks and its own fields.", ScenarioFields.ResponseFields, required: true);
        w.WriteEndObject();

        w.WriteEndObject();
    }

    private static IEnumerable<string> Required(IEnumerable<ScenarioField> fields) => fields.Where(f => f.Required).Select(f => f.Name);

    // An object definition of fixed fields (and numeric parameters), unknown fields refused.
    private static void Definition(Utf8JsonWriter w, string name, string description, IReadOnlyList<ScenarioField> fields, IReadOnlyList<ParameterSpec>? parameters = null, bool required = false)
    {
        w.WriteStartObject(name);
        w.WriteString("description", description);
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        if (required)
        {
            Strings(w, "required", Required(fields));
        }

        Properties(w, fields, parameters);
        w.WriteEndObject();
    }

    private static void Properties(Utf8JsonWriter w, IReadOnlyList<ScenarioField> fields, IReadOnlyList<ParameterSpec>? parameters = null)
    {
        w.WriteStartObject("properties");
        foreach (var field in fields.Where(f => f.Kind != FieldKind.Object || parameters is null))
        {
            Field(w, field);
        }

        foreach (var spec in parameters ?? [])
        {
            Spec(w, spec);
        }

        // Objects (here: the traits) after a definition's numeric settings, as the file reads best.
        foreach (var field in fields.Where(f => f.Kind == FieldKind.Object && parameters is not null))
        {
            Field(w, field);
        }

        w.WriteEndObject();
    }

    // One field as the schema describes it: its kind, range and default from the registry.
    private static void Field(Utf8JsonWriter w, ScenarioField field)
    {
        w.WriteStartObject(field.Name);
        w.WriteString("description", field.Description);
        switch (field.Kind)
        {
            case FieldKind.Text:
                w.WriteString("type", "string");
                if (field.MinLength > 0)
                {
                    w.WriteNumber("minLength", field.MinLength);
                }

                break;
            case FieldKind.Integer:
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", (long)field.Min!.Value);
                w.WriteNumber("maximum", (long)field.Max!.Value);
                if (field.Default is { } whole)
                {
                    w.WriteNumber("default", long.Parse(whole, CultureInfo.InvariantCulture));
                }

                break;
            case FieldKind.Seed:
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", 0);
                w.WriteNumber("maximum", ulong.MaxValue);
                w.WriteNumber("default", ulong.Parse(field.Default!, CultureInfo.InvariantCulture));
                break;
            case FieldKind.Number:
                w.WriteString("type", "number");
                w.WriteNumber(field.MinExclusive ? "exclusiveMinimum" : "minimum", field.Min!.Value);
                w.WriteNumber("maximum", field.Max!.Value);
                if (field.Default is { } number)
                {
                    w.WriteNumber("default", double.Parse(number, CultureInfo.InvariantCulture));
                }

                break;
            case FieldKind.Flag:
                w.WriteString("type", "boolean");
                w.WriteBoolean("default", bool.Parse(field.Default!));
                break;
            case FieldKind.Choice:
                w.WriteString("type", "string");
                Strings(w, "enum", field.Choices);
                if (field.Default is not null)
                {
                    w.WriteString("default", field.Default);
                }

                break;
            case FieldKind.Object:
                w.WriteString("$ref", "#/$defs/" + field.Definition);
                break;
            case FieldKind.Map:
                w.WriteString("type", "object");
                if (field.MaxCount is { } max)
                {
                    w.WriteNumber("maxProperties", max);
                }

                w.WriteStartObject("propertyNames");
                w.WriteNumber("minLength", 1);
                w.WriteEndObject();
                Ref(w, "additionalProperties", field.Definition!);
                break;
            case FieldKind.List:
                w.WriteString("type", "array");
                Ref(w, "items", field.Definition!);
                break;
        }

        w.WriteEndObject();
    }

    private static void WriteTraits(Utf8JsonWriter w)
    {
        w.WriteStartObject("traits");
        w.WriteString("description", ScenarioFields.Traits.Description);
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
            Field(w, ScenarioFields.TraitMean with { Default = ScenarioField.Format(defaults.Mean) });
            Field(w, ScenarioFields.TraitSpread with { Default = ScenarioField.Format(defaults.Spread) });
            w.WriteEndObject();
            w.WriteEndObject();
        }

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
