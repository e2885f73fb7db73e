using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>Runs a scenario. Every engine must give the same numbers for the same scenario and seed.</summary>
public interface ISimulationEngine
{
    /// <summary>The engine's name as used on the command line.</summary>
    string Name { get; }

    /// <summary>Runs every replicate of <paramref name="scenario"/>; a cancelled run returns what finished, marked incomplete.</summary>
    Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default);
}
