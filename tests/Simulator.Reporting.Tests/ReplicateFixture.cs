using Simulator.Model.Engine;

namespace Simulator.Reporting.Tests;

/// <summary>Small baseline runs with one and three replicates (no burn-in), made once and shared.</summary>
public static class ReplicateFixture
{
    public const int Customers = 300;
    public const int Weeks = 8;

    private static readonly Lazy<SimulationResult> _one = new(() => Run(1));
    private static readonly Lazy<SimulationResult> _three = new(() => Run(3));

    /// <summary>baseline.json, 300 customers, 8 weeks, no burn-in, one replicate.</summary>
    public static SimulationResult One => _one.Value;

    /// <summary>The same with three replicates.</summary>
    public static SimulationResult Three => _three.Value;

    /// <summary>
    /// <see cref="Three"/> as if stopped early: replicate i finished only <paramref name="weeks"/>[i] weeks.
    /// </summary>
    public static SimulationResult ThreeStoppedAfter(params int[] weeks) => Three with
    {
        Replicates = Three.Replicates.Select((r, i) => r with { Ticks = r.Ticks.Take(weeks[i]).ToArray() }).ToArray(),
        Completed = false,
    };

    private static SimulationResult Run(int replicates) =>
        ResultFixture.Run(ResultFixture.Load("baseline.json").WithRun(customers: Customers, weeks: Weeks, replicates: replicates, burnInWeeks: 0));
}
