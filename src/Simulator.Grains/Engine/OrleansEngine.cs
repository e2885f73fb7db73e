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
            var initial = await simulation.BeginReplicateAsync(transfer, r);
            var ticks = new List<TickAggregate>(scenario.Weeks);
            try
            {
                // Burn-in weeks run like any other; the last one is what week 0 starts from.
                for (var b = -scenario.BurnInWeeks; b < 0 && !cancellationToken.IsCancellationRequested; b++)
                {
                    initial = await simulation.AdvanceAsync();
                    customerTicks += scenario.Customers;
                    progress?.Report(new TickProgress(r, b, customerTicks));
                }

                for (var t = 0; t < scenario.Weeks && !cancellationToken.IsCancellationRequested; t++)
                {
                    ticks.Add(await simulation.AdvanceAsync());
                    customerTicks += scenario.Customers;
                    progress?.Report(new TickProgress(r, t, customerTicks));
                }
            }
            finally
            {
                await simulation.EndReplicateAsync();
            }

            replicates.Add(new ReplicateResult(r, initial, ticks));
            if (ticks.Count < scenario.Weeks)
            {
                return new SimulationResult(scenario, replicates, Completed: false);
            }
        }

        return new SimulationResult(scenario, replicates, Completed: true);
    }
}
