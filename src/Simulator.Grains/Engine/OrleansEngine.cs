using Simulator.Grains.Checkpoints;
using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Engine;

/// <summary>
/// Runs a scenario on an Orleans cluster: one customer grain per customer, shard grains, and a
/// simulation grain per run. Gives exactly the numbers of the reference engine. Cancellation is
/// honoured between weeks, so a stopped run keeps every week that finished. When a silo that was up
/// at the start is lost, the run resumes from the replicate's last checkpoint on the silos left
/// (same numbers); without a checkpoint it stops at once with the weeks that finished, marked
/// incomplete, saying which silo was lost during which week.
/// </summary>
/// <param name="grains">The cluster's grain factory.</param>
/// <param name="onPlacement">Hears where each replicate's shards run (again after a resume).</param>
/// <param name="onRecovery">Hears of every resume after a loss, in a sentence.</param>
/// <param name="burnIns">The burn-ins this engine's runs share (<see cref="ShareBurnIns"/>), or null to run every burn-in.</param>
public sealed class OrleansEngine(IGrainFactory grains, Action<IReadOnlyList<string>>? onPlacement = null, Action<string>? onRecovery = null, BurnInLedger<string>? burnIns = null) : ISimulationEngine
{
    /// <summary>How long a failed call may wait for the membership table to name the silo it lost.</summary>
    public static readonly TimeSpan DiagnosisTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Resumes allowed per replicate: a failure that keeps coming back is not a lost silo.</summary>
    public const int MaxRecoveries = 3;

    private static readonly TimeSpan ResumeAttemptTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ResumeRetryDelay = TimeSpan.FromSeconds(2);
    private const int ResumeAttempts = 5;

    /// <inheritdoc />
    public string Name => "orleans";

    /// <inheritdoc />
    public int Parallelism => 1;

    /// <summary>The burn-ins shared by this engine's runs, or null when each run lives its own.</summary>
    public BurnInLedger<string>? BurnIns => burnIns;

    /// <summary>
    /// An engine whose runs of <paramref name="series"/> share their burn-ins: a replicate's burn-in is kept at
    /// week 0 in the cluster's checkpoint storage and every later scenario with the same burn-in forks from it.
    /// </summary>
    public ISimulationEngine ShareBurnIns(IReadOnlyList<Scenario> series) => new OrleansEngine(grains, onPlacement, onRecovery, new BurnInLedger<string>(series));

    /// <inheritdoc />
    public Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(scenario, ReferenceEngine.AllReplicates(scenario), progress, cancellationToken);

    /// <inheritdoc />
    public async Task<SimulationResult> RunAsync(Scenario scenario, IReadOnlyList<int> replicateNumbers, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(replicateNumbers);
        var simulation = grains.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        var transfer = ScenarioDto.From(scenario);
        var replicates = new List<ReplicateResult>();
        long customerTicks = 0;
        var watch = await ClusterWatch.StartAsync(grains);
        try
        {
            foreach (var r in replicateNumbers)
            {
                var ticks = new List<TickAggregate>(scenario.Weeks);
                var tick = -scenario.BurnInWeeks;
                var recoveries = 0;
                var lastFork = false;
                SteppedRun? run = null;
                try
                {
                    // A burn-in another scenario of the series kept is forked from; else it runs here, like any other
                    // weeks (the last one is what week 0 starts from), and is kept when a later scenario shares it.
                    var fork = burnIns?.TryTake(scenario, r, out lastFork);
                    run = fork is not null
                        ? await Guard(SteppedRun.ForkAsync(simulation, fork, transfer, scenario, r), watch)
                        : await Guard(SteppedRun.BeginAsync(simulation, transfer, scenario, r), watch);
                    if (fork is not null && lastFork)
                    {
                        await BurnInCheckpoints.ForgetAsync(grains, fork);
                    }

                    var keep = fork is null && burnIns?.Wants(scenario) == true;
                    onPlacement?.Invoke(run.ShardSilos);
                    while (!run.Finished && !cancellationToken.IsCancellationRequested)
                    {
                        if (keep && run.NextTick == 0)
                        {
                            var key = BurnInCheckpoints.KeyOf(RunKeys.Of(simulation.GetPrimaryKeyString(), r));
                            await Guard(Completion(run.KeepBurnInAsync(key)), watch);
                            if (!burnIns!.Keep(scenario, r, key))
                            {
                                // Another run kept the same burn-in first: this copy is not needed.
                                await BurnInCheckpoints.ForgetAsync(grains, key);
                            }

                            keep = false;
                        }

                        tick = run.NextTick;
                        try
                        {
                            var block = await Guard(run.AdvanceAsync(), watch);
                            for (var i = 0; i < block.Weeks.Count; i++)
                            {
                                tick = block.FirstTick + i;
                                if (tick >= 0)
                                {
                                    ticks.Add(block.Weeks[i]);
                                }

                                customerTicks += scenario.Customers;
                                progress?.Report(new TickProgress(r, tick, customerTicks));
                            }
                        }
                        catch (ClusterFailureException failure) when (recoveries < MaxRecoveries)
                        {
                            if (await TryResumeAsync(run) is not { } resumed)
                            {
                                throw;
                            }

                            recoveries++;
                            await watch.DisposeAsync();
                            watch = await ClusterWatch.StartAsync(grains);

                            // The weeks from the checkpoint on run again and come out the same.
                            ticks.RemoveRange(Math.Max(0, resumed), ticks.Count - Math.Max(0, resumed));
                            onRecovery?.Invoke($"{failure.Message} during {WeekName(tick)} of replicate {r}; resumed from the checkpoint of {WeekName(resumed)} on {run.ShardSilos.Distinct().Count()} silo(s)");
                            onPlacement?.Invoke(run.ShardSilos);
                        }
                    }

                    await run.DisposeAsync();
                }
                catch (ClusterFailureException failure)
                {
                    if (run is not null)
                    {
                        await run.AbandonAsync();
                    }

                    replicates.Add(new ReplicateResult(r, run?.Initial ?? new TickAggregate(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks), ticks) { Responses = run?.Responses ?? [] });
                    return new SimulationResult(scenario, replicates, Completed: false, StoppedBecause: $"{failure.Message} during {WeekName(tick)} of replicate {r}");
                }

                replicates.Add(new ReplicateResult(r, run.Initial, ticks) { Responses = run.Responses });
                if (ticks.Count < scenario.Weeks)
                {
                    return new SimulationResult(scenario, replicates, Completed: false);
                }
            }
        }
        finally
        {
            await watch.DisposeAsync();
        }

        return new SimulationResult(scenario, replicates, Completed: true);
    }

    private static async Task<bool> Completion(Task call)
    {
        await call;
        return true;
    }

    private static string WeekName(int tick) => tick < 0 ? $"burn-in week {tick}" : $"week {tick}";

    // Rebuilds the replicate from its last checkpoint; null when it has none. The lost silo's grains
    // may take a moment to be known as gone, so calls that bounce are tried again.
    private static async Task<int?> TryResumeAsync(SteppedRun run)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run.ResumeAsync().WaitAsync(ResumeAttemptTimeout);
            }
            catch (NoCheckpointException)
            {
                return null;
            }
            catch (Exception) when (attempt < ResumeAttempts)
            {
                await Task.Delay(ResumeRetryDelay);
            }
            catch (Exception)
            {
                return null;
            }
        }
    }

    // Waits for a call unless a silo is lost first; a failed call is blamed on the lost silo when the
    // membership table names one soon, else on its own message.
    private static async Task<T> Guard<T>(Task<T> call, ClusterWatch watch)
    {
        if (await Task.WhenAny(call, watch.Lost) != call)
        {
            _ = call.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw new ClusterFailureException($"silo {await watch.Lost} was lost");
        }

        try
        {
            return await call;
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            var lost = await Task.WhenAny(watch.Lost, Task.Delay(DiagnosisTimeout)) == watch.Lost;
            throw new ClusterFailureException(lost ? $"silo {await watch.Lost} was lost" : $"a grain call failed ({e.GetType().Name}: {e.Message})");
        }
    }

    private sealed class ClusterFailureException(string message) : Exception(message);
}
