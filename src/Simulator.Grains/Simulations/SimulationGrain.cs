using Microsoft.Extensions.Options;
using Simulator.Grains.Hosting;
using Simulator.Grains.Messages;
using Simulator.Grains.Shards;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Simulations;

/// <summary>
/// Drives a run: applies the policy schedule, carries brand-level state (last week's aggregate and
/// policies, from which service overload and customer shares follow) from week to week, runs every
/// shard through a week as a barrier, and merges their aggregates.
/// </summary>
public sealed class SimulationGrain(IOptions<CustomerSimulationOptions> options) : Grain, ISimulationGrain
{
    private RunSpec? _spec;
    private Scenario? _scenario;
    private PolicySchedule? _schedule;
    private IShardGrain[] _shards = [];
    private PolicyChangeDto[] _interventions = [];
    private MarketHistory? _history;
    private int _tick;

    /// <inheritdoc />
    public async Task<ReplicateStart> BeginReplicateAsync(ScenarioDto scenario, int replicate)
    {
        _spec = new RunSpec(this.GetPrimaryKeyString(), replicate, scenario, options.Value.ShardSize);
        _scenario = scenario.ToScenario();
        _schedule = _scenario.CreateSchedule();
        _interventions = [];
        var key = _spec.Key;
        _shards = [.. Enumerable.Range(0, _spec.ShardCount).Select(i => GrainFactory.GetGrain<IShardGrain>(i, key))];

        var initial = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        var silos = new List<string>(_shards.Length);
        foreach (var wave in _shards.Chunk(options.Value.ShardInitializationConcurrency))
        {
            foreach (var start in await Task.WhenAll(wave.Select(s => s.InitializeAsync(_spec))))
            {
                initial.Add(start.Observed);
                silos.Add(start.Silo);
            }
        }

        _tick = -_scenario.BurnInWeeks;
        _history = new MarketHistory(_scenario.Market.InformationLagWeeks, _scenario.Customers, _tick, initial, _schedule.PoliciesAt(_tick));
        return new ReplicateStart(initial, [.. silos]);
    }

    /// <inheritdoc />
    public async Task<BlockResult> AdvanceAsync()
    {
        if (_scenario is null || _schedule is null || _history is null)
        {
            throw new InvalidOperationException("No replicate has begun.");
        }

        if (_tick >= _scenario.Weeks)
        {
            throw new InvalidOperationException($"The replicate has already run all {_scenario.Weeks} weeks.");
        }

        var firstTick = _tick;
        var weeks = Math.Min(_history.Lag, _scenario.Weeks - firstTick);
        var conditions = new BrandConditions[weeks][];
        for (var i = 0; i < weeks; i++)
        {
            conditions[i] = _history.ConditionsFor(firstTick + i);
        }

        var merged = new TickAggregate[weeks];
        for (var i = 0; i < weeks; i++)
        {
            merged[i] = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        }

        foreach (var shard in await Task.WhenAll(_shards.Select(s => s.StepAsync(firstTick, conditions, _interventions))))
        {
            for (var i = 0; i < weeks; i++)
            {
                merged[i].Add(shard[i]);
            }
        }

        for (var i = 0; i < weeks; i++)
        {
            // Shards route word of mouth among themselves; the history here only carries the market's state.
            _history.Record(firstTick + i, merged[i], _schedule.PoliciesAt(firstTick + i), []);
        }

        _tick += weeks;
        return new BlockResult(firstTick, merged);
    }

    /// <inheritdoc />
    public Task InterveneAsync(PolicyChangeDto[] changes)
    {
        if (_scenario is null || _history is null)
        {
            throw new InvalidOperationException("No replicate has begun.");
        }

        var late = changes.FirstOrDefault(c => c.Week < _tick);
        if (late is not null)
        {
            throw new ArgumentException($"A change for week {late.Week} comes too late: week {_tick - 1} has already run.", nameof(changes));
        }

        _interventions = [.. _interventions, .. changes];
        _schedule = _scenario.CreateSchedule(_interventions.Select(c => c.ToModel()));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task EndReplicateAsync()
    {
        await Task.WhenAll(_shards.Select(s => s.EndAsync()));
        _shards = [];
        _history = null;
    }
}
