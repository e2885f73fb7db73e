using Simulator.Model.Scenarios;

namespace Simulator.Benchmarks;

/// <summary>The shipped baseline (word of mouth and a competitor active), resized for a benchmark.</summary>
public static class BenchmarkScenarios
{
    /// <summary>The baseline with <paramref name="customers"/> customers, no burn-in and a long horizon so weeks never run out.</summary>
    public static Scenario Baseline(int customers, int weeks = Scenario.MaxWeeks) =>
        ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.json")).WithRun(customers: customers, weeks: weeks, burnInWeeks: 0);
}
