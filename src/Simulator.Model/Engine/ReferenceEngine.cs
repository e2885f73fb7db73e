using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The in-process reference engine: each replicate a <see cref="ReplicateStepper"/> (the whole population
/// in one array of structs) run week by week with the same Step rules as every other engine. It is the
/// oracle the Orleans engine must match to the byte, and the speed reference for benchmarks.
/// </summary>
public sealed class ReferenceEngine : ISimulationEngine
{
    private readonly BurnInCache? _burnIns;

    /// <summary>An engine that runs every replicate from its first burn-in week.</summary>
    public ReferenceEngine()
    {
    }

    /// <summary>An engine whose runs share their burn-ins through <paramref name="burnIns"/> (<see cref="ShareBurnIns"/>).</summary>
    public ReferenceEngine(BurnInCache burnIns)
    {
        ArgumentNullException.ThrowIfNull(burnIns);
        _burnIns = burnIns;
    }

    /// <summary>The burn-ins this engine's runs share, or null when each run lives its own.</summary>
    public BurnInCache? BurnIns => _burnIns;

    /// <inheritdoc />
    public string Name => "reference";

    /// <inheritdoc />
    public int Parallelism => Environment.ProcessorCount;

    /// <inheritdoc />
    public Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(scenario, AllReplicates(scenario), progress, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The run blocks a thread for as long as it takes: it gets one of its own, not one of the thread pool's.</remarks>
    public Task<SimulationResult> RunAsync(Scenario scenario, IReadOnlyList<int> replicates, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() => Run(scenario, replicates, progress, cancellationToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs every replicate synchronously.</summary>
    public SimulationResult Run(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(scenario, AllReplicates(scenario), progress, cancellationToken);

    /// <summary>Runs the replicates numbered <paramref name="replicates"/> synchronously, in that order.</summary>
    public SimulationResult Run(Scenario scenario, IReadOnlyList<int> replicates, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(replicates);
        var results = new List<ReplicateResult>();
        long customerTicks = 0;
        foreach (var r in replicates)
        {
            void WeekDone(int tick)
            {
                customerTicks += scenario.Customers;
                progress?.Report(new TickProgress(r, tick, customerTicks));
            }

            var stepper = _burnIns is null ? ReplicateStepper.Start(scenario, r) : _burnIns.AtWeekZero(scenario, r, WeekDone, cancellationToken);
            stepper.RunToEnd(weekDone: WeekDone, cancellationToken: cancellationToken);
            results.Add(stepper.ToResult());
            if (!stepper.Finished)
            {
                return new SimulationResult(scenario, results, Completed: false);
            }
        }

        return new SimulationResult(scenario, results, Completed: true);
    }

    /// <inheritdoc />
    /// <remarks>A new engine with a <see cref="BurnInCache"/> for <paramref name="series"/>: replicate k's burn-in runs once for every scenario that shares it.</remarks>
    public ISimulationEngine ShareBurnIns(IReadOnlyList<Scenario> series) => new ReferenceEngine(new BurnInCache(series));

    /// <summary>Replicates 0 to <see cref="Scenario.Replicates"/> - 1.</summary>
    public static int[] AllReplicates(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. Enumerable.Range(0, scenario.Replicates)];
    }
}
