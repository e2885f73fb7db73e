using System.Globalization;
using System.Text.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Hosting;
using Simulator.Explorer.Sessions;
using Simulator.Model.Brands;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Lessons;

/// <summary>
/// Reads a lesson file with the scenario reader's parser, so every problem names the file, the JSON
/// path, the line and what is allowed; every problem of a file is reported at once.
/// </summary>
public sealed class LessonReader
{
    /// <summary>The fields of a lesson file, in the order they are documented.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["$schema", "title", "claim", "source", "scenario", "customers", "weeks", "seed", "replicates", "armB", "whatIsIt", "howItWorks", "thingsToNotice", "thingsToTry", "extending", "question", "expect", "colourBy"];

    private static readonly string[] Optional = ["$schema", "replicates", "colourBy"];

    private readonly string _file;
    private readonly List<ScenarioError> _errors = [];

    private LessonReader(string file) => _file = file;

    /// <summary>Reads the lesson in <paramref name="path"/>, whose scenario must be on <paramref name="shelf"/> and whose run must fit <paramref name="options"/>.</summary>
    /// <exception cref="LessonException">The file cannot be read or breaks a rule.</exception>
    public static Lesson Read(string path, ScenarioShelf shelf, ExplorerOptions options)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(options);
        var reader = new LessonReader(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException([new ScenarioError(path, JsonPathText.Root, 0, "cannot be read: " + e.Message, null)]);
        }

        var root = SourceParser.Parse(text, path, reader._errors);
        var lesson = root is null ? null : reader.Read(Path.GetFileNameWithoutExtension(path), root, shelf, options);
        return reader._errors.Count > 0 || lesson is null ? throw new LessonException(reader._errors) : lesson;
    }

    private Lesson? Read(string name, SourceObject root, ScenarioShelf shelf, ExplorerOptions options)
    {
        foreach (var property in root.Properties.Where(p => !Fields.Contains(p.Name)))
        {
            Error(property.NameLocation.Line, JsonPathText.Child(JsonPathText.Root, property.Name), $"unknown field '{property.Name}'", string.Join(", ", Fields));
        }

        foreach (var missing in Fields.Except(Optional).Where(f => root.Find(f) is null))
        {
            Error(root.Location.Line, JsonPathText.Child(JsonPathText.Root, missing), "is missing", null);
        }

        var scenarioName = Text(root, "scenario");
        var scenario = scenarioName is null ? null : shelf.Find(scenarioName);
        if (scenarioName is not null && scenario is null)
        {
            Error(root.Find("scenario")!.Value.Location.Line, "$.scenario", $"unknown scenario '{scenarioName}'", string.Join(", ", shelf.Names));
        }

        var lesson = new Lesson(
            name,
            Text(root, "title") ?? "",
            Text(root, "claim") ?? "",
            Text(root, "source") ?? "",
            scenarioName ?? "",
            Whole(root, "customers", ExplorerApi.MinCustomers, options.MaxCustomers) ?? 0,
            Whole(root, "weeks", 1, options.MaxWeeks) ?? 0,
            (ulong)(Whole(root, "seed", 0, int.MaxValue) ?? 0),
            root.Find("replicates") is null ? 1 : Whole(root, "replicates", 1, options.MaxReplicates) ?? 1,
            scenario is null ? [] : Levers(root, scenario),
            Text(root, "whatIsIt") ?? "",
            Text(root, "howItWorks") ?? "",
            Texts(root, "thingsToNotice"),
            Texts(root, "thingsToTry"),
            Text(root, "extending") ?? "",
            Text(root, "question") ?? "",
            Expectations(root),
            root.Find("colourBy") is null ? "brand" : Choice(root, "colourBy", [.. PopulationAttributes.All.Select(a => a.Name)]) ?? "brand");
        return _errors.Count > 0 ? null : lesson;
    }

    private List<LessonLever> Levers(SourceObject root, Scenario scenario)
    {
        var levers = new List<LessonLever>();
        if (root.Find("armB") is not { } arm)
        {
            return levers;
        }

        if (arm.Value is not SourceObject brands || brands.Properties.Count == 0)
        {
            Error(arm.Value.Location.Line, "$.armB", $"must be an object of brands, each an object of levers; got {arm.Value.Describe()}", null);
            return levers;
        }

        foreach (var brand in brands.Properties)
        {
            var brandPath = JsonPathText.Child("$.armB", brand.Name);
            if (!scenario.Brands.Any(b => b.Name == brand.Name))
            {
                Error(brand.NameLocation.Line, brandPath, $"unknown brand '{brand.Name}' in scenario {scenario.Name}", string.Join(", ", scenario.Brands.Select(b => b.Name)));
                continue;
            }

            if (brand.Value is not SourceObject settings || settings.Properties.Count == 0)
            {
                Error(brand.Value.Location.Line, brandPath, $"must be an object of at least one lever; got {brand.Value.Describe()}", string.Join(", ", PolicyLevers.All.Select(l => l.Name)));
                continue;
            }

            foreach (var setting in settings.Properties)
            {
                var path = JsonPathText.Child(brandPath, setting.Name);
                if (!PolicyLevers.TryParse(setting.Name, out var lever))
                {
                    Error(setting.NameLocation.Line, path, $"unknown lever '{setting.Name}'", string.Join(", ", PolicyLevers.All.Select(l => l.Name)));
                    continue;
                }

                var spec = PolicyLevers.All[(int)lever];
                if (Number(setting.Value) is not { } value || !spec.Allows(value))
                {
                    Error(setting.Value.Location.Line, path, $"{setting.Value.Describe()} is not a value of {setting.Name}", $"{spec.RangeText} ({spec.Unit})");
                    continue;
                }

                levers.Add(new LessonLever(brand.Name, setting.Name, value));
            }
        }

        return levers;
    }

    private List<LessonExpectation> Expectations(SourceObject root)
    {
        var expectations = new List<LessonExpectation>();
        if (root.Find("expect") is not { } expect)
        {
            return expectations;
        }

        if (expect.Value is not SourceArray items || items.Items.Count == 0)
        {
            Error(expect.Value.Location.Line, "$.expect", $"must be a non-empty array of {{\"measure\", \"direction\"}}; got {expect.Value.Describe()}", null);
            return expectations;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var path = JsonPathText.Element("$.expect", i);
            if (items.Items[i] is not SourceObject item)
            {
                Error(items.Items[i].Location.Line, path, $"must be an object {{\"measure\", \"direction\"}}; got {items.Items[i].Describe()}", null);
                continue;
            }

            var measure = Choice(item, "measure", [.. LessonMeasures.All.Select(m => m.Name)], path);
            var direction = Choice(item, "direction", LessonExpectation.Directions, path);
            foreach (var extra in item.Properties.Where(p => p.Name is not ("measure" or "direction")))
            {
                Error(extra.NameLocation.Line, JsonPathText.Child(path, extra.Name), $"unknown field '{extra.Name}'", "measure, direction");
            }

            if (measure is not null && direction is not null)
            {
                expectations.Add(new LessonExpectation(measure, direction));
            }
        }

        return expectations;
    }

    private string? Choice(SourceObject parent, string field, IReadOnlyList<string> allowed, string parentPath = JsonPathText.Root)
    {
        var text = Text(parent, field, parentPath);
        if (text is not null && !allowed.Contains(text))
        {
            Error(parent.Find(field)!.Value.Location.Line, JsonPathText.Child(parentPath, field), $"'{text}' is not allowed", string.Join(", ", allowed));
            return null;
        }

        return text;
    }

    private string? Text(SourceObject parent, string field, string parentPath = JsonPathText.Root)
    {
        if (parent.Find(field) is not { } property)
        {
            if (parentPath != JsonPathText.Root)
            {
                Error(parent.Location.Line, JsonPathText.Child(parentPath, field), "is missing", null);
            }

            return null;
        }

        if (property.Value is SourceValue { Kind: JsonValueKind.String, Text: { Length: > 0 } text })
        {
            return text;
        }

        Error(property.Value.Location.Line, JsonPathText.Child(parentPath, field), $"must be a non-empty string; got {property.Value.Describe()}", null);
        return null;
    }

    private List<string> Texts(SourceObject parent, string field)
    {
        var path = JsonPathText.Child(JsonPathText.Root, field);
        if (parent.Find(field) is not { } property)
        {
            return [];
        }

        if (property.Value is not SourceArray items || items.Items.Count == 0
            || items.Items.Any(i => i is not SourceValue { Kind: JsonValueKind.String, Text: { Length: > 0 } }))
        {
            Error(property.Value.Location.Line, path, $"must be a non-empty array of non-empty strings; got {property.Value.Describe()}", null);
            return [];
        }

        return [.. items.Items.Select(i => ((SourceValue)i).Text!)];
    }

    private int? Whole(SourceObject parent, string field, int min, int max)
    {
        if (parent.Find(field) is not { } property)
        {
            return null;
        }

        if (Number(property.Value) is { } value && value == Math.Floor(value) && value >= min && value <= max)
        {
            return (int)value;
        }

        Error(property.Value.Location.Line, JsonPathText.Child(JsonPathText.Root, field), $"{property.Value.Describe()} is not allowed", string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));
        return null;
    }

    private static double? Number(SourceNode node) =>
        node is SourceValue { Kind: JsonValueKind.Number, Text: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private void Error(int line, string path, string message, string? allowed) => _errors.Add(new ScenarioError(_file, path, line, message, allowed));
}
