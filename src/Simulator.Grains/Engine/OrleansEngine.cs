using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Engine;

/// <summary>
/// Runs a scenario on an Orleans cluster: one customer grain per customer, shard grains, and a
/// simulation grain per run. Gives exactly the numbers of the reference engine. Cancellation is
/// honoured between weeks, so a stopped run keeps every week that finished.
/// </summary>
public sealed class OrleansEngine(IGrainFactory grains) : ISimulationEngine
{
    /// <inheritdoc />
    public string Name => "orleans";

    /// <inheritdoc />
    public async Task<SimulationResult> RunAsync(Scenario scenario, IProgress<TickProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var simulation = grains.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        var transfer = ScenarioDto.From(scenario);
        var replicates = new List<ReplicateResult>();
        long customerTicks = 0;
        for (var r = 0; r < scenario.Replicates; r++)
        {
            var ticks = new List<TickAggregate>(scenario.Weeks);
            await using var run = await SteppedRun.BeginAsync(simulation, transfer, scenario, r);

            // Burn-in weeks run like any other; the last one is what week 0 starts from.
            while (!run.Finished && !cancellationToken.IsCancellationRequested)
            {
                var block = await run.AdvanceAsync();
                for (var i = 0; i < block.Weeks.Length; i++)
                {
                    var tick = block.FirstTick + i;
                    if (tick >= 0)
                    {
                        ticks.Add(block.Weeks[i]);
                    }

                    customerTicks += scenario.Customers;
                    progress?.Report(new TickProgress(r, tick, customerTicks));
                }
            }

            replicates.Add(new ReplicateResult(r, run.Initial, ticks));
            if (ticks.Count < scenario.Weeks)
            {
                return new SimulationResult(scenario, replicates, Completed: false);
            }
        }

        return new SimulationResult(scenario, replicates, Completed: true);
    }
}
