using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The in-process reference engine: the whole population in one array of structs, stepped week by
/// week with the same Step rules as every other engine. It is the oracle the Orleans engine must
/// match to the byte, and the speed reference for benchmarks.
/// </summary>
public sealed class ReferenceEngine : ISimulationEngine
{
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
            var result = RunReplicate(scenario, r, tick =>
            {
                customerTicks += scenario.Customers;
                progress?.Report(new TickProgress(r, tick, customerTicks));
            }, cancellationToken);
            results.Add(result);
            if (result.Ticks.Count < scenario.Weeks)
            {
                return new SimulationResult(scenario, results, Completed: false);
            }
        }

        return new SimulationResult(scenario, results, Completed: true);
    }

    /// <summary>Replicates 0 to <see cref="Scenario.Replicates"/> - 1.</summary>
    public static int[] AllReplicates(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. Enumerable.Range(0, scenario.Replicates)];
    }

    /// <summary>
    /// Runs one replicate; stops early (with fewer ticks) when cancelled. <paramref name="onTick"/>
    /// hears of every week run, burn-in weeks (negative) included. When
    /// <paramref name="onTraced"/> is given, customer <paramref name="traced"/>'s every week is
    /// reported to it (the run itself is unchanged). <paramref name="onStates"/> sees every customer
    /// at the end of every week (to read, not to change).
    /// </summary>
    public static ReplicateResult RunReplicate(
        Scenario scenario,
        int replicate,
        Action<int>? onTick = null,
        CancellationToken cancellationToken = default,
        int traced = -1,
        Action<WeekRecord>? onTraced = null,
        Action<int, CustomerState[]>? onStates = null)
    {
        var n = scenario.Customers;
        var brands = scenario.Brands.Count;
        var segments = scenario.Segments.Count;
        var customers = new CustomerState[n];
        for (var i = 0; i < n; i++)
        {
            customers[i] = Population.Create(scenario, replicate, i);
        }

        var initial = new TickAggregate(brands, segments, scenario.Weeks);
        CustomerBatch.Observe(customers, initial);

        var schedule = scenario.CreateSchedule();
        var firstTick = -scenario.BurnInWeeks;
        var history = new MarketHistory(scenario.Market.InformationLagWeeks, n, firstTick, initial, schedule.PoliciesAt(firstTick));
        var ticks = new List<TickAggregate>(scenario.Weeks);
        for (var t = firstTick; t < scenario.Weeks && !cancellationToken.IsCancellationRequested; t++)
        {
            var policies = schedule.PoliciesAt(t);
            var ctx = new StepContext(scenario, replicate, t, policies, history.ConditionsFor(t));
            var aggregate = new TickAggregate(brands, segments, scenario.Weeks);
            var outbox = new List<WordOfMouth>();
            var inbox = new Inbox(0, n, history.MailFor(t));
            CustomerBatch.Step(customers, ctx, inbox, new AggregateRecorder(aggregate, outbox), t >= 0 ? traced : -1, onTraced);
            history.Record(t, aggregate, policies, outbox);
            onTick?.Invoke(t);
            onStates?.Invoke(t, customers);
            if (t < 0)
            {
                // Burn-in: the last week before week 0 is what the run starts from.
                initial = aggregate;
                continue;
            }

            ticks.Add(aggregate);
        }

        return new ReplicateResult(replicate, initial, ticks);
    }
}
