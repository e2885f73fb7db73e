using Simulator.Model.Scenarios;
using Xunit;
using static Simulator.Model.Tests.Scenarios.ScenarioTexts;

namespace Simulator.Model.Tests.Scenarios;

public sealed class ScenarioErrorTableTests
{
    private const string _main = "main.json";
    private const string _base = "base.json";

    private static readonly Dictionary<string, ScenarioErrorCase> _cases = new(StringComparer.Ordinal)
    {
        ["invalid JSON: stray comma"] = new(
            ValidWith("\"weeks\": 10,", "\"weeks\": 10,,"), null,
            _main, "$", 3, "invalid JSON", null),
        ["invalid JSON: missing value"] = new(
            ValidWith("\"customers\": 100,", "\"customers\": ,"), null,
            _main, "$.customers", 4, "invalid JSON", null),
        ["invalid JSON: unclosed object"] = new(
            Valid.TrimEnd().TrimEnd('}'), null,
            _main, "$", 16, "invalid JSON", null),
        ["not an object"] = new(
            "[\n  1\n]", null,
            _main, "$", 1, "expected an object, got an array", "an object"),
        ["duplicate field"] = new(
            ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"weeks\": 12,"), null,
            _main, "$.weeks", 3, "duplicate field \"weeks\"", null),
        ["unknown field at the top"] = new(
            ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"colour\": \"red\","), null,
            _main, "$.colour", 3, "unknown field \"colour\"", "description, weeks, burnInWeeks, customers, seed"),
        ["unknown lever"] = new(
            ValidWith("\"serviceEffort\": 0.5", "\"serviceEffrt\": 0.5"), null,
            _main, "$.brands.Focal.policy.serviceEffrt", 6, "unknown field \"serviceEffrt\"; did you mean \"serviceEffort\"?",
            "acquisitionFocus, relationshipBudget, marketingContactsPerWeek"),
        ["unknown trait"] = new(
            ValidWith("\"forgiveness\"", "\"forgivenes\""), null,
            _main, "$.segments.main.traits.forgivenes", 10, "unknown field \"forgivenes\"",
            "privacySensitivity, forgiveness, talkativeness, priceSensitivity, effortTolerance"),
        ["unknown brand field"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"share\": 0.2 }"), null,
            _main, "$.brands.Rival.share", 7, "unknown field \"share\"", "initialShare, initialAwareness, policy"),
        ["unknown response rule"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2, \"responses\": [ { \"rule\": \"matchPriceCutt\" } ] }"), null,
            _main, "$.brands.Rival.responses[0].rule", 7, "unknown value \"matchPriceCutt\"; did you mean \"matchPriceCut\"?", "matchPriceCut, defendShare, copyLeader"),
        ["response field of another rule"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2, \"responses\": [ { \"rule\": \"matchPriceCut\", \"shareDrop\": 0.1 } ] }"), null,
            _main, "$.brands.Rival.responses[0].shareDrop", 7, "field \"shareDrop\" does not apply to a matchPriceCut rule", "rule, delayWeeks, floor"),
        ["copyLeader without a lever"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2, \"responses\": [ { \"rule\": \"copyLeader\" } ] }"), null,
            _main, "$.brands.Rival.responses[0].lever", 7, "missing required field \"lever\"", "acquisitionFocus, relationshipBudget"),
        ["a brand copying itself"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2, \"responses\": [ { \"rule\": \"copyLeader\", \"lever\": \"price\", \"of\": \"Rival\" } ] }"), null,
            _main, "$.brands.Rival.responses[0].of", 7, "a brand cannot copy itself: \"Rival\"", "leader, Focal"),
        ["response delay out of range"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2, \"responses\": [ { \"rule\": \"defendShare\", \"delayWeeks\": 0 } ] }"), null,
            _main, "$.brands.Rival.responses[0].delayWeeks", 7, "0 is out of range", "1 to 5200"),
        ["string for an integer"] = new(
            ValidWith("\"customers\": 100", "\"customers\": \"100\""), null,
            _main, "$.customers", 4, "expected an integer, got a string \"100\"", "1 to 100000000"),
        ["string for a number"] = new(
            ValidWith("\"trustGain\": 0.1", "\"trustGain\": \"high\""), null,
            _main, "$.model.trustGain", 14, "expected a number, got a string \"high\"", "0 to 1"),
        ["string for an object"] = new(
            ValidWith("\"network\": { \"kind\": \"smallWorld\" }", "\"network\": \"smallWorld\""), null,
            _main, "$.network", 12, "expected an object, got a string \"smallWorld\"", "kind, neighbours, rewiring"),
        ["string for a boolean"] = new(
            ValidWith("\"share\": 1,", "\"share\": 1, \"permanentNeed\": \"yes\","), null,
            _main, "$.segments.main.permanentNeed", 10, "expected a boolean, got a string \"yes\"", "true, false"),
        ["object for an array"] = new(
            ValidWith("\"schedule\": [ { \"week\": 5, \"brand\": \"Focal\", \"policy\": { \"price\": 12 } } ]", "\"schedule\": {}"), null,
            _main, "$.schedule", 15, "expected an array, got an object", "week, brand, policy"),
        ["lever out of range"] = new(
            ValidWith("\"serviceEffort\": 0.5", "\"serviceEffort\": 1.5"), null,
            _main, "$.brands.Focal.policy.serviceEffort", 6, "1.5 is out of range", "0 to 1"),
        ["market constant out of range"] = new(
            ValidWith("\"referencePrice\": 10", "\"referencePrice\": 0"), null,
            _main, "$.market.referencePrice", 13, "0 is out of range", "0.01 to 1000"),
        ["trait spread out of range"] = new(
            ValidWith("{ \"mean\": 0.5 }", "{ \"mean\": 0.5, \"spread\": 0.7 }"), null,
            _main, "$.segments.main.traits.forgiveness.spread", 10, "0.7 is out of range", "0 to 0.5"),
        ["segment share zero"] = new(
            ValidWith("\"share\": 1", "\"share\": 0"), null,
            _main, "$.segments.main.share", 10, "0 is out of range", "more than 0, up to 1000"),
        ["negative seed"] = new(
            ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"seed\": -1,"), null,
            _main, "$.seed", 3, "-1 is out of range", "0 to 18446744073709551615"),
        ["too many replicates"] = new(
            ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"replicates\": 1001,"), null,
            _main, "$.replicates", 3, "1001 is out of range", "1 to 1000"),
        ["fractional weeks"] = new(
            ValidWith("\"weeks\": 10", "\"weeks\": 10.5"), null,
            _main, "$.weeks", 3, "expected an integer, got 10.5", "1 to 5200"),
        ["fractional neighbours"] = new(
            ValidWith("{ \"kind\": \"smallWorld\" }", "{ \"kind\": \"smallWorld\", \"neighbours\": 2.5 }"), null,
            _main, "$.network.neighbours", 12, "expected an integer, got 2.5", "1 to 100"),
        ["missing weeks"] = new(
            ValidWith("\"weeks\": 10,", string.Empty), null,
            _main, "$.weeks", 1, "missing required field \"weeks\"", "1 to 5200"),
        ["missing description"] = new(
            ValidWith("\"description\": \"A test market\",", string.Empty), null,
            _main, "$.description", 1, "missing required field \"description\"", "a non-empty string"),
        ["empty description"] = new(
            ValidWith("\"description\": \"A test market\"", "\"description\": \" \""), null,
            _main, "$.description", 2, "the description must not be empty", "a non-empty string"),
        ["missing segment share"] = new(
            ValidWith("\"share\": 1, ", string.Empty), null,
            _main, "$.segments.main.share", 10, "missing required field \"share\"", "more than 0, up to 1000"),
        ["missing schedule brand"] = new(
            ValidWith("\"brand\": \"Focal\", ", string.Empty), null,
            _main, "$.schedule[0].brand", 15, "missing required field \"brand\"", "Focal, Rival"),
        ["no customers"] = new(
            ValidWith("\"customers\": 100", "\"customers\": 0"), null,
            _main, "$.customers", 4, "0 is out of range: the population would be empty", "1 to 100000000"),
        ["no segments"] = new(
            ValidWith("\"main\": { \"share\": 1, \"traits\": { \"forgiveness\": { \"mean\": 0.5 } } }", string.Empty), null,
            _main, "$.segments", 9, "the population is empty: at least one segment is needed", "1 or more segments"),
        ["zero weeks"] = new(
            ValidWith("\"weeks\": 10", "\"weeks\": 0"), null,
            _main, "$.weeks", 3, "0 is out of range: the run would have no weeks", "1 to 5200"),
        ["too few brands"] = new(
            ValidWith(",\n    \"Rival\": { \"initialShare\": 0.2 }", "\n"), null,
            _main, "$.brands", 5, "1 brand; at least 2 are needed", "2 to 4 brands"),
        ["too many brands"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.2 }, \"Third\": {}, \"Fourth\": {}, \"Fifth\": {}"), null,
            _main, "$.brands", 5, "5 brands; the model supports at most 4", "2 to 4 brands"),
        ["initial shares above 1"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"Rival\": { \"initialShare\": 0.9 }"), null,
            _main, "$.brands.Rival.initialShare", 7, "the initial shares add up to 1.1 (Focal 0.2 + Rival 0.9)", "at most 1"),
        ["unknown brand in schedule"] = new(
            ValidWith("\"brand\": \"Focal\"", "\"brand\": \"Nobody\""), null,
            _main, "$.schedule[0].brand", 15, "unknown brand \"Nobody\"", "Focal, Rival"),
        ["schedule week after the run"] = new(
            ValidWith("\"week\": 5", "\"week\": 11"), null,
            _main, "$.schedule[0].week", 15, "11 is out of range: the scenario runs for 10 weeks", "0 to 10"),
        ["unknown lever in schedule"] = new(
            ValidWith("\"price\": 12", "\"prize\": 12"), null,
            _main, "$.schedule[0].policy.prize", 15, "unknown field \"prize\"; did you mean \"price\"?", "price, terminationFeeWeeks"),
        ["unknown network kind"] = new(
            ValidWith("\"kind\": \"smallWorld\"", "\"kind\": \"scaleFree\""), null,
            _main, "$.network.kind", 12, "unknown network kind \"scaleFree\"", "smallWorld, wellMixed"),
        ["brand name needing brackets"] = new(
            ValidWith("\"Rival\": { \"initialShare\": 0.2 }", "\"The Rival\": { \"initialShare\": 2 }"), null,
            _main, "$.brands['The Rival'].initialShare", 7, "2 is out of range", "0 to 1"),
        ["top-level file not found"] = new(
            null, null,
            _main, "$", 0, "scenario file not found", null),
        ["missing base file"] = new(
            Replace(Valid, "{\n  \"description\"", "{\n  \"extends\": \"nothere.json\",\n  \"description\""), null,
            _main, "$.extends", 2, "base file not found: nothere.json", "relative to the extending file's directory"),
        ["extends not a string"] = new(
            Replace(Valid, "{\n  \"description\"", "{\n  \"extends\": 7,\n  \"description\""), null,
            _main, "$.extends", 2, "expected a non-empty string, got a number 7", "relative to the extending file's directory"),
        ["cyclic extends"] = new(
            "{\n  \"extends\": \"base.json\"\n}", "{\n  \"weeks\": 3,\n  \"extends\": \"main.json\"\n}",
            _base, "$.extends", 3, "cyclic extends: main.json -> base.json -> main.json", "does not extend this one"),
        ["file extending itself"] = new(
            "{\n  \"weeks\": 3,\n  \"extends\": \"./main.json\"\n}", null,
            _main, "$.extends", 3, "cyclic extends: main.json -> main.json", "does not extend this one"),
        ["invalid JSON in the base"] = new(
            "{\n  \"extends\": \"base.json\"\n}", "{\n  \"weeks\": 3\n  \"customers\": 3\n}",
            _base, "$", 3, "invalid JSON", null),
        ["bad value written in the base"] = new(
            "{\n  \"extends\": \"base.json\",\n  \"weeks\": 20\n}", ValidWith("\"serviceEffort\": 0.5", "\"serviceEffort\": -0.5"),
            _base, "$.brands.Focal.policy.serviceEffort", 6, "-0.5 is out of range", "0 to 1"),
        ["unknown field written in the base"] = new(
            "{\n  \"extends\": \"base.json\",\n  \"weeks\": 20\n}", ValidWith("\"kind\": \"smallWorld\"", "\"kind\": \"smallWorld\", \"degree\": 4"),
            _base, "$.network.degree", 12, "unknown field \"degree\"", "kind, neighbours, rewiring"),
    };

    public static TheoryData<string> CaseNames => [.. _cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Bad_input_reports_the_file_path_line_message_and_allowed_values(string caseName)
    {
        var @case = _cases[caseName];
        var files = new InMemoryFiles();
        if (@case.Main is not null)
        {
            files.Add(_main, @case.Main);
        }

        if (@case.Base is not null)
        {
            files.Add(_base, @case.Base);
        }

        var error = Assert.Single(files.Errors(_main));

        Assert.Equal(@case.Path, error.Path);
        Assert.Equal(@case.Line, error.Line);
        Assert.Equal(@case.File, error.File);
        Assert.Contains(@case.Message, error.Message, StringComparison.Ordinal);
        if (@case.Allowed is null)
        {
            Assert.Null(error.Allowed);
        }
        else
        {
            Assert.NotNull(error.Allowed);
            Assert.Contains(@case.Allowed, error.Allowed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_case_starts_from_a_scenario_that_loads()
    {
        var scenario = new InMemoryFiles().Add(_main, Valid).Load(_main);

        Assert.Equal("main", scenario.Name);
        Assert.Equal(10, scenario.Weeks);
    }
}
