using System.Text.Json;
using Simulator.Model.Brands;
using Simulator.Model.Parameters;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

public sealed class ScenarioSchemaTests
{
    private const string _howToRegenerate =
        "Regenerate it from the parameter registries with: UPDATE_SCHEMA=1 dotnet test tests/Simulator.Model.Tests --filter \"FullyQualifiedName~ScenarioSchemaTests\" " +
        "(PowerShell: $env:UPDATE_SCHEMA=1; dotnet test ...), then commit scenarios/scenario.schema.json.";

    [Fact]
    public void Committed_schema_equals_the_generated_schema()
    {
        var generated = ScenarioSchema.Generate();

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            var target = Path.Combine(RepositoryRoot(), ScenarioCatalog.DirectoryName, ScenarioCatalog.SchemaFileName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, generated);
            return;
        }

        var committedPath = Path.Combine(AppContext.BaseDirectory, ScenarioCatalog.DirectoryName, ScenarioCatalog.SchemaFileName);
        Assert.True(File.Exists(committedPath), $"scenarios/{ScenarioCatalog.SchemaFileName} is missing. {_howToRegenerate}");

        var committed = File.ReadAllText(committedPath).ReplaceLineEndings("\n");
        Assert.True(
            string.Equals(committed, generated, StringComparison.Ordinal),
            $"scenarios/{ScenarioCatalog.SchemaFileName} is out of date with the parameter registries ({FirstDifference(committed, generated)}). {_howToRegenerate}");
    }

    [Fact]
    public void Generated_schema_is_deterministic_with_two_space_indent_and_unix_line_endings()
    {
        var text = ScenarioSchema.Generate();

        Assert.Equal(text, ScenarioSchema.Generate());
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.StartsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_lever_and_parameter_has_its_range_default_description_and_source()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Generate());
        var defs = schema.RootElement.GetProperty("$defs");

        AssertSpecs(defs.GetProperty("policy"), PolicyLevers.All);
        AssertSpecs(defs.GetProperty("model"), ModelParameters.Specs);
        AssertSpecs(defs.GetProperty("market"), MarketParameters.Specs);
        AssertSpecs(defs.GetProperty("segment"), SegmentSpec.Specs, extraFields: ["share", "permanentNeed", "traits"]);
    }

    [Fact]
    public void Every_trait_has_its_default_mean_and_spread()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Generate());
        var traits = schema.RootElement.GetProperty("$defs").GetProperty("traits").GetProperty("properties");

        Assert.Equal(TraitDistribution.TraitNames, traits.EnumerateObject().Select(p => p.Name));
        for (var i = 0; i < TraitDistribution.TraitNames.Count; i++)
        {
            var fields = traits.GetProperty(TraitDistribution.TraitNames[i]).GetProperty("properties");
            Assert.Equal(SegmentSpec.DefaultTraits[i].Mean, fields.GetProperty("mean").GetProperty("default").GetDouble());
            Assert.Equal(SegmentSpec.DefaultTraits[i].Spread, fields.GetProperty("spread").GetProperty("default").GetDouble());
            Assert.Equal(TraitDistribution.MaxSpread, fields.GetProperty("spread").GetProperty("maximum").GetDouble());
        }
    }

    [Fact]
    public void Network_kind_is_an_enum_of_the_known_kinds()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Generate());
        var kind = schema.RootElement.GetProperty("$defs").GetProperty("network").GetProperty("properties").GetProperty("kind");

        Assert.Equal(["smallWorld", "wellMixed"], kind.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Every_object_with_fixed_fields_rejects_unknown_fields()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Generate());
        var checkedObjects = 0;

        void Walk(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("type", out var type) && type.GetString() == "object" && element.TryGetProperty("properties", out _))
                {
                    Assert.True(
                        element.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
                        $"{path} does not set additionalProperties to false.");
                    checkedObjects++;
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path + "/" + property.Name);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[]");
                }
            }
        }

        Walk(schema.RootElement, "#");

        // Ten fixed objects (the root, brand, policy, segment, traits, network, market, model, policyChange,
        // response) and one per trait.
        Assert.Equal(10 + TraitDistribution.TraitNames.Count, checkedObjects);
    }

    [Fact]
    public void Every_fixed_object_of_the_schema_has_exactly_the_fields_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(ScenarioSchema.Generate());
        var root = schema.RootElement;
        var defs = root.GetProperty("$defs");
        IEnumerable<string> Names(JsonElement definition) => definition.GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(ScenarioReader.RootFields, Names(root));
        Assert.Equal(ScenarioReader.BrandFields, Names(defs.GetProperty("brand")));
        Assert.Equal(ScenarioReader.NetworkFields, Names(defs.GetProperty("network")));
        Assert.Equal(ScenarioReader.ScheduleFields, Names(defs.GetProperty("policyChange")));
        Assert.Equal(ScenarioReader.SegmentOwnFields.Concat(SegmentSpec.Specs.Select(s => s.Name)).Order(StringComparer.Ordinal), Names(defs.GetProperty("segment")).Order(StringComparer.Ordinal));
        Assert.All(TraitDistribution.TraitNames, t => Assert.Equal(ScenarioReader.TraitFields, Names(defs.GetProperty("traits").GetProperty("properties").GetProperty(t))));
    }

    private static void AssertSpecs(JsonElement definition, IReadOnlyList<ParameterSpec> specs, string[]? extraFields = null)
    {
        Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
        var properties = definition.GetProperty("properties");
        Assert.Equal(
            specs.Select(s => s.Name).Concat(extraFields ?? []).Order(StringComparer.Ordinal),
            properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        foreach (var spec in specs)
        {
            var property = properties.GetProperty(spec.Name);
            Assert.Equal("number", property.GetProperty("type").GetString());
            Assert.Equal(spec.Min, property.GetProperty("minimum").GetDouble());
            Assert.Equal(spec.Max, property.GetProperty("maximum").GetDouble());
            Assert.Equal(spec.Default, property.GetProperty("default").GetDouble());
            Assert.Equal(spec.Description + " Source: " + spec.Source, property.GetProperty("description").GetString());
        }
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"first difference at line {i + 1}: committed `{left.Trim()}`, generated `{right.Trim()}`";
            }
        }

        return "they differ";
    }

    /// <summary>The folder holding Simulator.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Simulator.sln.");
    }
}
