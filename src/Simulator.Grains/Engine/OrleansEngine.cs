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
/// at the start is lost, the run stops at once with the weeks that finished, marked incomplete, and
/// says which silo was lost during which week.
/// </summary>
public sealed class OrleansEngine(IGrainFactory grains, Action<IReadOnlyList<string>>? onPlacement = null) : ISimulationEngine
{
    /// <summary>How long a failed call may wait for the membership table to name the silo it lost.</summary>
    public static readonly TimeSpan DiagnosisTimeout = TimeSpan.FromSeconds(20);

    /// <inheritdoc />
    public string Name => "orleans";

    /// <inheritdoc />
    public async Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var simulation = grains.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        var transfer = ScenarioDto.From(scenario);
        var replicates = new List<ReplicateResult>();
        long customerTicks = 0;
        await using var watch = await ClusterWatch.StartAsync(grains);
        for (var r = 0; r < scenario.Replicates; r++)
        {
            var ticks = new List<TickAggregate>(scenario.Weeks);
            var tick = -scenario.BurnInWeeks;
            SteppedRun? run = null;
            try
            {
                run = await Guard(SteppedRun.BeginAsync(simulation, transfer, scenario, r), watch);
                onPlacement?.Invoke(run.ShardSilos);

                // Burn-in weeks run like any other; the last one is what week 0 starts from.
                while (!run.Finished && !cancellationToken.IsCancellationRequested)
                {
                    tick = run.NextTick;
                    var block = await Guard(run.AdvanceAsync(), watch);
                    for (var i = 0; i < block.Weeks.Length; i++)
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

                await run.DisposeAsync();
            }
            catch (ClusterFailureException failure)
            {
                if (run is not null)
                {
                    await run.AbandonAsync();
                }

                var week = tick < 0 ? $"burn-in week {tick}" : $"week {tick}";
                replicates.Add(new ReplicateResult(r, run?.Initial ?? new TickAggregate(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks), ticks));
                return new SimulationResult(scenario, replicates, Completed: false, StoppedBecause: $"{failure.Message} during {week} of replicate {r}");
            }

            replicates.Add(new ReplicateResult(r, run.Initial, ticks));
            if (ticks.Count < scenario.Weeks)
            {
                return new SimulationResult(scenario, replicates, Completed: false);
            }
        }

        return new SimulationResult(scenario, replicates, Completed: true);
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
