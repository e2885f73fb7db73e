namespace Simulator.Model.Scenarios;

/// <summary>Finds and lists the scenario files shipped in a <c>scenarios/</c> folder.</summary>
public static class ScenarioCatalog
{
    /// <summary>The name of the folder that holds the scenarios.</summary>
    public const string DirectoryName = "scenarios";

    /// <summary>The file name of the JSON Schema, which sits among the scenarios but is not one.</summary>
    public const string SchemaFileName = "scenario.schema.json";

    /// <summary>
    /// The scenarios in <paramref name="directory"/> (its <c>*.json</c> files except the schema, not its
    /// subfolders), sorted by name. Each file's <c>extends</c> is resolved to read its description; the
    /// other fields are not validated.
    /// </summary>
    /// <exception cref="ScenarioException">The folder is missing, or a file has no readable description; lists every such problem.</exception>
    public static IReadOnlyList<ScenarioInfo> List(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new ScenarioException([new ScenarioError(directory, JsonPathText.Root, 0, "scenario folder not found", null)]);
        }

        var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
            .Where(f => !string.Equals(Path.GetFileName(f), SchemaFileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

        var scenarios = new List<ScenarioInfo>();
        var errors = new List<ScenarioError>();
        foreach (var file in files)
        {
            try
            {
                scenarios.Add(ScenarioLoader.FileSystem.ReadInfo(file));
            }
            catch (ScenarioException exception)
            {
                errors.AddRange(exception.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        return [.. scenarios.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> (itself included) to the first folder that is, or
    /// contains, a <c>scenarios/</c> folder holding <c>scenario.schema.json</c>; returns that folder's path, or null.
    /// </summary>
    public static string? FindScenariosDirectory(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            if (string.Equals(directory.Name, DirectoryName, StringComparison.Ordinal)
                && File.Exists(Path.Combine(directory.FullName, SchemaFileName)))
            {
                return directory.FullName;
            }

            var candidate = Path.Combine(directory.FullName, DirectoryName);
            if (File.Exists(Path.Combine(candidate, SchemaFileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}
