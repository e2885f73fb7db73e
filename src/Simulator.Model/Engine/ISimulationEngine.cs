using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// Runs a scenario. Every engine must give the same numbers for the same scenario and seed; everything
/// that runs many simulations (Simulator.Experiments) goes through this interface, whichever engine it is.
/// </summary>
public interface ISimulationEngine
{
    /// <summary>The engine's name as used on the command line and in summaries.</summary>
    string Name { get; }

    /// <summary>
    /// How many independent runs are worth giving this engine at once: the reference engine runs one
    /// replicate per core; the Orleans engine already spreads one run over every core of its cluster.
    /// </summary>
    int Parallelism { get; }

    /// <summary>Runs every replicate of <paramref name="scenario"/>; a cancelled run returns what finished, marked incomplete.</summary>
    Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the replicates numbered <paramref name="replicates"/> of <paramref name="scenario"/>, in that order
    /// (replicate k uses the same random numbers whichever others run); a cancelled run returns what finished,
    /// marked incomplete.
    /// </summary>
    Task<SimulationResult> RunAsync(Scenario scenario, IReadOnlyList<int> replicates, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// An engine for the runs of <paramref name="series"/> (the arms of a comparison, each run once) in which
    /// every scenario that lives the same burn-in as an earlier one (<see cref="BurnIn.Shared"/>) forks from the
    /// end of that burn-in instead of running it again, with the same numbers. An engine that cannot fork
    /// returns itself.
    /// </summary>
    ISimulationEngine ShareBurnIns(IReadOnlyList<Scenario> series) => this;
}
