using Simulator.Model.Brands;
using Simulator.Model.Parameters;
using Simulator.Model.Scenarios;
using Xunit;
using static Simulator.Model.Tests.Scenarios.ScenarioTexts;

namespace Simulator.Model.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    private const string _baseWithPolicies = """
        {
          "name": "the-base",
          "description": "The base market",
          "weeks": 52,
          "customers": 1000,
          "seed": 9,
          "brands": {
            "Focal": { "initialShare": 0.2, "policy": { "serviceEffort": 0.3, "price": 12 } },
            "Rival": { "initialShare": 0.3, "policy": { "price": 9 } }
          },
          "segments": { "everyone": { "share": 1, "initialTrust": 0.4 } },
          "network": { "kind": "wellMixed", "neighbours": 6 },
          "schedule": [
            { "week": 10, "brand": "Focal", "policy": { "price": 11 } },
            { "week": 20, "brand": "Rival", "policy": { "price": 8 } }
          ]
        }
        """;

    [Fact]
    public void Minimal_file_gets_every_default_from_the_specs()
    {
        var scenario = ScenarioLoader.Parse(Minimal, "scenarios/minimal.json");

        Assert.Equal("minimal", scenario.Name);
        Assert.Equal("Minimal", scenario.Description);
        Assert.Equal("scenarios/minimal.json", scenario.SourceFile);
        Assert.Equal(1UL, scenario.Seed);
        Assert.Equal(1, scenario.Replicates);
        Assert.Equal(NetworkSpec.Default, scenario.Network);
        Assert.Empty(scenario.Schedule);

        Assert.Equal(["A", "B"], scenario.Brands.Select(b => b.Name));
        var focal = scenario.Brands[0];
        Assert.Equal(0, focal.InitialShare);
        Assert.Equal(0, focal.InitialAwareness);
        Assert.Equal(BrandPolicy.Default.ToArray(), focal.Policy.ToArray());
        Assert.Equal(PolicyLevers.All[(int)Lever.ServiceEffort].Default, focal.Policy.ServiceEffort);
        Assert.Equal(PolicyLevers.All[(int)Lever.Price].Default, focal.Policy.Price);

        var segment = Assert.Single(scenario.Segments);
        Assert.Equal("everyone", segment.Name);
        Assert.Equal(1, segment.Share);
        Assert.False(segment.PermanentNeed);
        Assert.Equal(SegmentSpec.Specs[(int)SegmentParameter.NeedRecognitionPerWeek].Default, segment.NeedRecognitionPerWeek);
        Assert.Equal(ParameterSet<SegmentParameter>.Defaults(SegmentSpec.Specs), segment.ToArray());
        Assert.Equal(SegmentSpec.DefaultTraits, segment.Traits);

        Assert.Equal(MarketParameters.Specs[(int)MarketParameter.ReferencePrice].Default, scenario.Market.ReferencePrice);
        Assert.Equal(MarketParameters.Default.ToArray(), scenario.Market.ToArray());
        Assert.Equal(ModelParameters.Specs[(int)ModelParameter.TrustGain].Default, scenario.Model.TrustGain);
        Assert.Equal(ModelParameters.Default.ToArray(), scenario.Model.ToArray());
    }

    [Fact]
    public void Full_file_sets_every_section()
    {
        var scenario = ScenarioLoader.Parse(ValidWith("\"network\": { \"kind\": \"smallWorld\" }",
            "\"network\": { \"kind\": \"wellMixed\", \"neighbours\": 4, \"rewiring\": 0.25 }"), "full.json");

        Assert.Equal(10, scenario.Weeks);
        Assert.Equal(100, scenario.Customers);
        Assert.Equal(0.5, scenario.Brands[0].Policy.ServiceEffort);
        Assert.Equal(new NetworkSpec(NetworkKind.WellMixed, 4, 0.25), scenario.Network);
        Assert.Equal(10, scenario.Market.ReferencePrice);
        Assert.Equal(0.1, scenario.Model.TrustGain);
        Assert.Equal(new PolicyChange(5, 0, Lever.Price, 12), Assert.Single(scenario.Schedule));
    }

    [Fact]
    public void Trait_left_partly_out_takes_the_missing_field_from_the_default()
    {
        var scenario = ScenarioLoader.Parse(Valid, "traits.json");
        var forgiveness = TraitDistribution.TraitNames.ToList().IndexOf("forgiveness");

        var traits = scenario.Segments[0].Traits;
        Assert.Equal(new TraitDistribution(0.5, SegmentSpec.DefaultTraits[forgiveness].Spread), traits[forgiveness]);
        Assert.Equal(SegmentSpec.DefaultTraits[0], traits[0]);
    }

    [Fact]
    public void Name_in_the_file_overrides_the_file_name()
    {
        var scenario = ScenarioLoader.Parse(ValidWith("{\n  \"description\"", "{\n  \"name\": \"custom\",\n  \"description\""), "x.json");

        Assert.Equal("custom", scenario.Name);
    }

    [Fact]
    public void Seed_takes_the_full_unsigned_range()
    {
        var scenario = ScenarioLoader.Parse(ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"seed\": 18446744073709551615,"), "x.json");

        Assert.Equal(ulong.MaxValue, scenario.Seed);
    }

    [Fact]
    public void Schedule_makes_one_change_per_lever_in_file_order_with_the_brand_index()
    {
        var json = ValidWith(
            "\"schedule\": [ { \"week\": 5, \"brand\": \"Focal\", \"policy\": { \"price\": 12 } } ]",
            "\"schedule\": [ { \"week\": 7, \"brand\": \"Rival\", \"policy\": { \"transparency\": 0.9, \"acquisitionFocus\": 0.2 } }, { \"week\": 2, \"brand\": \"Focal\", \"policy\": { \"price\": 11 } } ]");

        var scenario = ScenarioLoader.Parse(json, "x.json");

        Assert.Equal(
            [new PolicyChange(7, 1, Lever.Transparency, 0.9), new PolicyChange(7, 1, Lever.AcquisitionFocus, 0.2), new PolicyChange(2, 0, Lever.Price, 11)],
            scenario.Schedule);
    }

    [Fact]
    public void Schema_reference_is_allowed_and_ignored()
    {
        var scenario = ScenarioLoader.Parse(ValidWith("{\n  \"description\"", "{\n  \"$schema\": \"./scenario.schema.json\",\n  \"description\""), "x.json");

        Assert.Equal("x", scenario.Name);
    }

    [Fact]
    public void Extends_merges_the_override_over_the_base()
    {
        var files = new InMemoryFiles()
            .Add("base.json", _baseWithPolicies)
            .Add("main.json", """
                {
                  "extends": "base.json",
                  "customers": 500,
                  "brands": {
                    "Focal": { "policy": { "price": 15 } },
                    "Third": { "initialShare": 0.1 }
                  },
                  "network": { "neighbours": 8 }
                }
                """);

        var scenario = files.Load("main.json");

        Assert.Equal("The base market", scenario.Description);
        Assert.Equal(52, scenario.Weeks);
        Assert.Equal(500, scenario.Customers);
        Assert.Equal(9UL, scenario.Seed);
        Assert.Equal(["Focal", "Rival", "Third"], scenario.Brands.Select(b => b.Name));
        var focal = scenario.Brands[0];
        Assert.Equal(15, focal.Policy.Price);
        Assert.Equal(0.3, focal.Policy.ServiceEffort);
        Assert.Equal(0.2, focal.InitialShare);
        Assert.Equal(9, scenario.Brands[1].Policy.Price);
        Assert.Equal(0.4, Assert.Single(scenario.Segments).InitialTrust);
        Assert.Equal(new NetworkSpec(NetworkKind.WellMixed, 8, NetworkSpec.Default.Rewiring), scenario.Network);
        Assert.Equal(2, scenario.Schedule.Count);
    }

    [Fact]
    public void Extends_does_not_inherit_the_name()
    {
        var files = new InMemoryFiles()
            .Add("base.json", _baseWithPolicies)
            .Add("variant.json", "{ \"extends\": \"base.json\" }")
            .Add("named.json", "{ \"extends\": \"base.json\", \"name\": \"own-name\" }");

        Assert.Equal("the-base", files.Load("base.json").Name);
        Assert.Equal("variant", files.Load("variant.json").Name);
        Assert.Equal("own-name", files.Load("named.json").Name);
    }

    [Fact]
    public void Extends_replaces_the_schedule_whole()
    {
        var files = new InMemoryFiles()
            .Add("base.json", _baseWithPolicies)
            .Add("main.json", """
                {
                  "extends": "base.json",
                  "schedule": [ { "week": 3, "brand": "Rival", "policy": { "transparency": 0.9 } } ]
                }
                """);

        var scenario = files.Load("main.json");

        Assert.Equal(new PolicyChange(3, 1, Lever.Transparency, 0.9), Assert.Single(scenario.Schedule));
    }

    [Fact]
    public void Extends_follows_a_chain_relative_to_each_file()
    {
        var files = new InMemoryFiles()
            .Add("scenarios/base.json", _baseWithPolicies)
            .Add("scenarios/variants/middle.json", "{ \"extends\": \"../base.json\", \"weeks\": 30, \"description\": \"Middle\" }")
            .Add("scenarios/variants/deep/leaf.json", "{ \"extends\": \"../middle.json\", \"customers\": 42 }");

        var scenario = files.Load("scenarios/variants/deep/leaf.json");

        Assert.Equal("leaf", scenario.Name);
        Assert.Equal("Middle", scenario.Description);
        Assert.Equal(30, scenario.Weeks);
        Assert.Equal(42, scenario.Customers);
        Assert.Equal(9UL, scenario.Seed);
    }

    [Fact]
    public void Extends_checks_the_merged_result_not_each_file()
    {
        // The base alone has too few brands; the extending file completes it.
        var files = new InMemoryFiles()
            .Add("base.json", Replace(_baseWithPolicies, ",\n    \"Rival\": { \"initialShare\": 0.3, \"policy\": { \"price\": 9 } }", string.Empty))
            .Add("main.json", "{ \"extends\": \"base.json\", \"brands\": { \"Rival\": {} }, \"schedule\": [] }");

        Assert.Equal(["Focal", "Rival"], files.Load("main.json").Brands.Select(b => b.Name));
    }

    [Fact]
    public void Errors_in_values_from_the_base_point_into_the_base_file()
    {
        var files = new InMemoryFiles()
            .Add("base.json", Replace(_baseWithPolicies, "\"serviceEffort\": 0.3", "\"serviceEffort\": 3"))
            .Add("main.json", "{\n  \"extends\": \"base.json\",\n  \"weeks\": 0\n}");

        var errors = files.Errors("main.json");

        Assert.Collection(errors,
            e => Assert.Equal(("main.json", 3, "$.weeks"), (e.File, e.Line, e.Path)),
            e => Assert.Equal(("base.json", 8, "$.brands.Focal.policy.serviceEffort"), (e.File, e.Line, e.Path)));
    }

    [Fact]
    public void An_override_that_fixes_a_bad_base_value_loads()
    {
        var files = new InMemoryFiles()
            .Add("base.json", Replace(_baseWithPolicies, "\"serviceEffort\": 0.3", "\"serviceEffort\": 3"))
            .Add("main.json", "{ \"extends\": \"base.json\", \"brands\": { \"Focal\": { \"policy\": { \"serviceEffort\": 0.7 } } } }");

        Assert.Equal(0.7, files.Load("main.json").Brands[0].Policy.ServiceEffort);
    }

    [Fact]
    public void Several_errors_are_all_reported_in_line_order()
    {
        var json = ValidWith("\"weeks\": 10", "\"weeks\": 0");
        json = Replace(json, "\"serviceEffort\": 0.5", "\"serviceEffort\": 2");
        json = Replace(json, "\"kind\": \"smallWorld\"", "\"kind\": \"ring\"");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json, "many.json"));

        Assert.Equal([3, 6, 12], exception.Errors.Select(e => e.Line));
        Assert.Equal(3, exception.Message.Split('\n').Length);
    }

    [Fact]
    public void Message_lists_each_error_as_file_line_path_message_and_allowed_values()
    {
        var json = ValidWith("\"serviceEffort\": 0.5", "\"serviceEffort\": 1.5");
        json = Replace(json, "\"kind\": \"smallWorld\"", "\"kind\": \"ring\"");

        var exception = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(json, "bad.json"));

        Assert.Equal(
            "bad.json:6: $.brands.Focal.policy.serviceEffort: 1.5 is out of range (allowed: 0 to 1)\n" +
            "bad.json:12: $.network.kind: unknown network kind \"ring\" (allowed: smallWorld, wellMixed)",
            exception.Message);
    }

    [Fact]
    public void Error_text_leaves_out_a_missing_line_and_missing_allowed_values()
    {
        Assert.Equal("a.json: $: scenario file not found", new ScenarioError("a.json", "$", 0, "scenario file not found", null).ToString());
    }

    [Fact]
    public void Loads_from_disk_with_extends_relative_to_the_file()
    {
        using var directory = new TemporaryDirectory();
        var variants = Directory.CreateDirectory(Path.Combine(directory.Path, "variants")).FullName;
        File.WriteAllText(Path.Combine(directory.Path, "base.json"), _baseWithPolicies);
        var main = Path.Combine(variants, "cheap.json");
        File.WriteAllText(main, "{ \"extends\": \"../base.json\", \"brands\": { \"Focal\": { \"policy\": { \"price\": 5 } } } }");

        var scenario = ScenarioLoader.Load(main);

        Assert.Equal("cheap", scenario.Name);
        Assert.Equal(5, scenario.Brands[0].Policy.Price);
        Assert.Equal(main, scenario.SourceFile);
    }

    [Fact]
    public void Missing_file_on_disk_is_a_scenario_error_not_a_crash()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "nope.json");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path)).Errors);

        Assert.Equal((path, 0, "$", "scenario file not found"), (error.File, error.Line, error.Path, error.Message));
    }

    [Fact]
    public void Missing_base_on_disk_names_the_resolved_path()
    {
        using var directory = new TemporaryDirectory();
        var main = Path.Combine(directory.Path, "main.json");
        File.WriteAllText(main, "{\n  \"extends\": \"lib/base.json\"\n}");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(main)).Errors);

        Assert.Equal((main, 2, "$.extends"), (error.File, error.Line, error.Path));
        Assert.Equal("base file not found: " + Path.Combine(directory.Path, "lib", "base.json"), error.Message);
    }

    [Fact]
    public void Parse_does_not_read_other_files()
    {
        var error = Assert.Single(Assert.Throws<ScenarioException>(
            () => ScenarioLoader.Parse("{\n  \"extends\": \"base.json\"\n}", "inline.json")).Errors);

        Assert.Equal("base file not found: base.json", error.Message);
    }

    [Fact]
    public void Relative_extends_resolves_against_the_extending_files_directory()
    {
        var separator = Path.DirectorySeparatorChar;

        Assert.Equal($"scenarios{separator}base.json", ScenarioLoader.ResolveRelative("scenarios/variants/a.json", "../base.json"));
        Assert.Equal($"scenarios{separator}variants{separator}b.json", ScenarioLoader.ResolveRelative("scenarios/variants/a.json", "./b.json"));
        Assert.Equal("base.json", ScenarioLoader.ResolveRelative("a.json", "base.json"));
        Assert.Equal($"..{separator}base.json", ScenarioLoader.ResolveRelative("a.json", "../base.json"));
    }
}
