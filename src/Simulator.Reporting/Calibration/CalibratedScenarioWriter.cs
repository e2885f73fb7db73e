using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simulator.Experiments.Calibration;
using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Calibration;

/// <summary>
/// Writes <c>calibrated.json</c>: a scenario file that <c>extends</c> the fitted scenario (by a path relative
/// to the file) and sets only the settings given with <c>--set</c> and the fitted values, so <c>cxsim run</c>
/// can run the calibrated market at once.
/// Each fitted path becomes the scenario-file field it names (<c>policy.LEVER</c> is the focal brand's
/// lever; a <c>*</c> is written out for every brand or segment).
/// </summary>
public static class CalibratedScenarioWriter
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "calibrated.json";

    /// <summary>The name of the schema file looked for next to the fitted scenario.</summary>
    public const string SchemaFileName = "scenario.schema.json";

    private static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The file's text for <paramref name="result"/>, to be written into <paramref name="directory"/>;
    /// null when the scenario was not loaded from a file (there is nothing to extend).
    /// </summary>
    public static string? ToText(CalibrationResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(directory);
        var scenario = result.Scenario;
        if (scenario.SourceFile is null)
        {
            return null;
        }

        var values = result.Best?.Values ?? [.. result.Parameters.Select(p => p.Start)];
        var fitted = result.Parameters.Select((p, i) => (p.Path, values[i])).ToArray();
        var settings = result.Settings.Overrides.Select(o => (o.Key, o.Value)).Concat(fitted).ToArray();
        var description = FormattableString.Invariant(
            $"{scenario.Description} Calibrated to {Path.GetFileName(result.Observed.Source)} (periods {PeriodSelection.Format(result.Settings.FitPeriods)}, {result.Settings.PeriodWeeks} weeks each): ")
            + string.Join(", ", fitted.Select(s => s.Path + " = " + Number(s.Item2)))
            + (result.Settings.Overrides.Count > 0 ? " (with " + string.Join(", ", result.Settings.Overrides.Select(o => o.Key + " = " + Number(o.Value))) + ")" : string.Empty)
            + "; RMSE " + Number(Math.Round(result.RmseFit, 2)) + " points in sample"
            + (result.HeldOutPeriods.Count > 0 ? ", " + Number(Math.Round(result.RmseHeldOut, 2)) + " out of sample." : ".");
        return Extending(scenario, directory, scenario.Name + "-calibrated", description, settings);
    }

    /// <summary>
    /// The text of a scenario file, to be written into <paramref name="directory"/>, that <c>extends</c> the file
    /// <paramref name="scenario"/> was loaded from (by a relative path, with the schema beside it when there is one) and
    /// sets <paramref name="settings"/>; null when the scenario was not loaded from a file (there is nothing to extend).
    /// </summary>
    /// <exception cref="ArgumentException">A path is not one <see cref="ScenarioParameters"/> accepts.</exception>
    public static string? Extending(Scenario scenario, string directory, string name, string description, IReadOnlyList<(string Path, double Value)> settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(directory);
        if (scenario.SourceFile is null)
        {
            return null;
        }

        var source = Path.GetFullPath(scenario.SourceFile);
        var target = Path.GetFullPath(directory);
        var schema = Path.Combine(Path.GetDirectoryName(source) ?? ".", SchemaFileName);
        var root = Build(scenario, Relative(target, source), File.Exists(schema) ? Relative(target, schema) : null, name, description, settings);
        return root.ToJsonString(JsonOptions) + "\n";
    }

    /// <summary>The scenario tree: <c>$schema</c> (when given), <c>extends</c>, name, description, then each setting.</summary>
    /// <exception cref="ArgumentException">A path is not one <see cref="ScenarioParameters"/> accepts.</exception>
    public static JsonObject Build(Scenario scenario, string extendsPath, string? schemaPath, string name, string description, IReadOnlyList<(string Path, double Value)> settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        var root = new JsonObject();
        if (schemaPath is not null)
        {
            root["$schema"] = schemaPath;
        }

        root["extends"] = extendsPath;
        root["name"] = name;
        root["description"] = description;
        foreach (var (path, value) in settings)
        {
            Set(root, scenario, path, value);
        }

        return root;
    }

    /// <summary>Sets the field that <paramref name="path"/> names in a scenario tree.</summary>
    /// <exception cref="ArgumentException">The path is not one <see cref="ScenarioParameters"/> accepts.</exception>
    public static void Set(JsonObject root, Scenario scenario, string path, double value)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        _ = ScenarioParameters.RangeOf(scenario, path); // validates the path and its names
        JsonNode Number() => path == "network.neighbours" ? JsonValue.Create((int)Math.Round(value)) : JsonValue.Create(value);
        switch (path.Split('.'))
        {
            case ["policy", var lever]:
                Child(Child(Child(root, "brands"), scenario.Brands[0].Name), "policy")[lever] = Number();
                break;
            case ["brands", var brand, "policy", var lever]:
                foreach (var b in Names(brand, scenario.Brands.Select(b => b.Name)))
                {
                    Child(Child(Child(root, "brands"), b), "policy")[lever] = Number();
                }

                break;
            case ["brands", var brand, var field]:
                foreach (var b in Names(brand, scenario.Brands.Select(b => b.Name)))
                {
                    Child(Child(root, "brands"), b)[field] = Number();
                }

                break;
            case ["segments", var segment, var setting]:
                foreach (var s in Names(segment, scenario.Segments.Select(s => s.Name)))
                {
                    Child(Child(root, "segments"), s)[setting] = Number();
                }

                break;
            case [var group and ("model" or "market" or "network"), var name]:
                Child(root, group)[name] = Number();
                break;
            default:
                throw new ArgumentException($"'{path}' is not a scenario setting; allowed: {ScenarioParameters.Grammar}.", nameof(path));
        }
    }

    private static IEnumerable<string> Names(string name, IEnumerable<string> all) => name == "*" ? all : [name];

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    private static string Relative(string fromDirectory, string toFile) =>
        Path.GetRelativePath(fromDirectory, toFile).Replace('\\', '/');

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
