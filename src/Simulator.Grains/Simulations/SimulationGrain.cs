using Microsoft.Extensions.Options;
using Simulator.Grains.Hosting;
using Simulator.Grains.Messages;
using Simulator.Grains.Shards;
using Simulator.Model.Brands;
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
    private TickAggregate? _previous;
    private BrandPolicy[] _previousPolicies = [];
    private int _tick;

    /// <inheritdoc />
    public Task<int> GetNextWeekAsync() => Task.FromResult(_tick);

    /// <inheritdoc />
    public async Task<TickAggregate> BeginReplicateAsync(ScenarioDto scenario, int replicate)
    {
        _spec = new RunSpec(this.GetPrimaryKeyString(), replicate, scenario, options.Value.ShardSize);
        _scenario = scenario.ToScenario();
        _schedule = _scenario.CreateSchedule();
        var key = _spec.Key;
        _shards = [.. Enumerable.Range(0, _spec.ShardCount).Select(i => GrainFactory.GetGrain<IShardGrain>(i, key))];

        var initial = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        foreach (var wave in _shards.Chunk(options.Value.ShardInitializationConcurrency))
        {
            foreach (var aggregate in await Task.WhenAll(wave.Select(s => s.InitializeAsync(_spec))))
            {
                initial.Add(aggregate);
            }
        }

        _previous = initial;
        _tick = -_scenario.BurnInWeeks;
        _previousPolicies = _schedule.PoliciesAt(_tick);
        return initial;
    }

    /// <inheritdoc />
    public async Task<TickAggregate> AdvanceAsync()
    {
        if (_scenario is null || _schedule is null || _previous is null)
        {
            throw new InvalidOperationException("No replicate has begun.");
        }

        if (_tick >= _scenario.Weeks)
        {
            throw new InvalidOperationException($"The replicate has already run all {_scenario.Weeks} weeks.");
        }

        var policies = _schedule.PoliciesAt(_tick);
        var conditions = MarketState.Next(_previous, _previousPolicies, _scenario.Customers);
        var tick = _tick;
        var merged = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        foreach (var aggregate in await Task.WhenAll(_shards.Select(s => s.StepAsync(tick, conditions))))
        {
            merged.Add(aggregate);
        }

        _previous = merged;
        _previousPolicies = policies;
        _tick++;
        return merged;
    }

    /// <inheritdoc />
    public async Task EndReplicateAsync()
    {
        await Task.WhenAll(_shards.Select(s => s.EndAsync()));
        _shards = [];
        _previous = null;
    }
}
