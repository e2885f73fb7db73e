using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Tests.Support;

/// <summary>The scenario files shipped in scenarios/, copied next to the test assembly.</summary>
public static class ShippedScenarios
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string PathOf(string name) => Path.Combine(Directory, name + ".json");

    public static Scenario Load(string name) => ScenarioLoader.Load(PathOf(name));

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "scenario.schema")
            .Select(n => n!)
            .Order(StringComparer.Ordinal);
}
