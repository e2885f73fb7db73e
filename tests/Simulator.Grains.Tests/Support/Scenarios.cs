using Simulator.Model.Scenarios;

namespace Simulator.Grains.Tests.Support;

/// <summary>The shipped scenario files, copied next to the test assembly.</summary>
public static class Scenarios
{
    public static Scenario Load(string name) => ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".json"));
}
