namespace Simulator.Cli;

/// <summary>Finds an observed retention table from what the user typed: a file path, or the name of a shipped table in data/retention/.</summary>
public static class RetentionTableResolver
{
    /// <summary>The folder of shipped tables, relative to the repository root.</summary>
    public static readonly string ShippedFolder = Path.Combine("data", "retention");

    /// <summary>The nearest data/retention/ at or above the current directory, or null.</summary>
    public static string? ShippedDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, ShippedFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>The path of the table, or null with a message saying what was tried.</summary>
    public static string? Resolve(string nameOrPath, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        problem = null;
        if (File.Exists(nameOrPath))
        {
            return nameOrPath;
        }

        var shipped = ShippedDirectory;
        if (shipped is not null && nameOrPath.IndexOfAny(['/', '\\']) < 0)
        {
            var candidate = Path.Combine(shipped, nameOrPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + ".csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var names = shipped is null
            ? "none found"
            : string.Join(", ", Directory.GetFiles(shipped, "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        problem = $"--retention '{nameOrPath}' not found: no such file, and no shipped table of that name in {ShippedFolder} (shipped: {names}).";
        return null;
    }
}
