using Simulator.Model.Scenarios;

namespace Simulator.Cli;

/// <summary>Finds a scenario from what the user typed: a file path, or the name of a shipped scenario.</summary>
public static class ScenarioResolver
{
    /// <summary>The shipped scenarios folder: the nearest scenarios/ above the current directory, else the copy next to cxsim.</summary>
    public static string ShippedDirectory =>
        ScenarioCatalog.FindScenariosDirectory(Environment.CurrentDirectory)
        ?? Path.Combine(AppContext.BaseDirectory, ScenarioCatalog.DirectoryName);

    /// <summary>The path of the scenario, or null with a message saying what was tried.</summary>
    public static string? Resolve(string nameOrPath, out string? problem)
    {
        problem = null;
        if (File.Exists(nameOrPath))
        {
            return nameOrPath;
        }

        var shipped = Path.Combine(ShippedDirectory, nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + ".json");
        if (File.Exists(shipped))
        {
            return shipped;
        }

        var names = Directory.Exists(ShippedDirectory)
            ? string.Join(", ", ScenarioCatalog.List(ShippedDirectory).Select(s => s.Name))
            : "none found";
        problem = $"scenario '{nameOrPath}' not found: no such file, and no shipped scenario of that name (shipped: {names}).";
        return null;
    }

    /// <summary>Loads a scenario, or reports every problem in it and returns null.</summary>
    public static Scenario? Load(string nameOrPath, CliContext cli)
    {
        var path = Resolve(nameOrPath, out var problem);
        if (path is null)
        {
            cli.InvalidInput(problem!);
            return null;
        }

        try
        {
            return ScenarioLoader.Load(path);
        }
        catch (ScenarioException e)
        {
            cli.Error.WriteLine($"error: {path} is not a valid scenario:");
            foreach (var error in e.Errors)
            {
                cli.Error.WriteLine("  " + error);
            }

            return null;
        }
    }
}
