using Simulator.Model.Engine;
using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Tests;

/// <summary>Small runs of the shipped scenarios, made once and shared by the tests.</summary>
public static class ResultFixture
{
    private static readonly Lazy<SimulationResult> _baseline = new(() => Run("baseline.json"));
    private static readonly Lazy<SimulationResult> _strategyShift = new(() => Run("strategy-shift.json"));

    /// <summary>baseline.json with 300 customers, 20 weeks, 2 replicates.</summary>
    public static SimulationResult Baseline => _baseline.Value;

    /// <summary>strategy-shift.json (it has a schedule) shrunk the same way.</summary>
    public static SimulationResult StrategyShift => _strategyShift.Value;

    public static string ScenarioPath(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);

    public static Scenario Load(string file) =>
        ScenarioLoader.Load(ScenarioPath(file)).WithRun(customers: 300, weeks: 20, replicates: 2);

    public static SimulationResult Run(string file) => new ReferenceEngine().Run(Load(file));

    /// <summary>A fresh temporary directory, deleted by <see cref="IDisposable.Dispose"/>.</summary>
    public static TempDirectory TempDirectory() => new();
}

public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "simrep-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
