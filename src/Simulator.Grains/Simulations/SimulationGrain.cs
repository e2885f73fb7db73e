using Microsoft.Extensions.Options;
using Simulator.Grains.Checkpoints;
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
/// shard through a week as a barrier, and merges their aggregates. With checkpoints on, it saves
/// the replicate between blocks every few weeks, from which it can be resumed.
/// </summary>
public sealed class SimulationGrain(IOptions<CustomerSimulationOptions> options) : Grain, ISimulationGrain
{
    private RunSpec? _spec;
    private Scenario? _scenario;
    private PolicySchedule? _schedule;
    private IShardGrain[] _shards = [];
    private string[] _silos = [];
    private PolicyChangeDto[] _interventions = [];
    private MarketHistory? _history;
    private BlockLength? _blockLength;
    private TickAggregate? _before;
    private readonly Queue<TickAggregate> _recent = new();
    private int _tick;
    private int _checkpoints;
    private int _checkpointedTick;
    private int _generation;

    /// <inheritdoc />
    public async Task<ReplicateStart> BeginReplicateAsync(ScenarioDto scenario, int replicate)
    {
        Attach(new RunSpec(this.GetPrimaryKeyString(), replicate, scenario, options.Value.ShardSize), []);
        var initial = NewAggregate();
        var silos = new List<string>(_shards.Length);
        foreach (var wave in _shards.Chunk(options.Value.ShardInitializationConcurrency))
        {
            foreach (var start in await Task.WhenAll(wave.Select(s => s.InitializeAsync(_spec!, _generation))))
            {
                initial.Add(start.Observed);
                silos.Add(start.Silo);
            }
        }

        _silos = [.. silos];
        _tick = _checkpointedTick = -_scenario!.BurnInWeeks;
        _before = initial;
        _history = new MarketHistory(_scenario, _tick, initial, _schedule!.PoliciesAt(_tick));
        return new ReplicateStart(initial, _silos);
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
        // A block never runs past week 0 from the burn-in: the replicate then stands at week 0, where a burn-in can be kept.
        var weeks = Math.Min(_blockLength!.Weeks, (firstTick < 0 ? 0 : _scenario.Weeks) - firstTick);
        var merged = new TickAggregate[weeks];
        for (var i = 0; i < weeks; i++)
        {
            merged[i] = NewAggregate();
        }

        // Round 0 runs every customer through the whole block on the inputs known so far; each later round
        // gives the inputs that follow from the last round's weeks and runs again only the customers whose
        // inputs changed. When a round changes nothing, every week's inputs follow from the week before:
        // by induction from the first week, whose inputs were known, that is the one exact course.
        var (conditions, changes, policies) = Predict(firstTick, weeks, null);
        var everyoneFrom = weeks;
        var rounds = 0;
        long calls = 0;
        long customerWeeks = 0;
        while (true)
        {
            var step = new BlockStep(firstTick, rounds, conditions, changes, everyoneFrom, _generation);
            var ran = 0;
            foreach (var shard in await Task.WhenAll(_shards.Select(s => s.StepAsync(step))))
            {
                ran += shard.Customers;
                customerWeeks += shard.CustomerWeeks;
                for (var i = 0; i < weeks; i++)
                {
                    if (shard.Changes[i] is { } change)
                    {
                        merged[i].Add(change);
                    }
                }
            }

            calls += ran;
            rounds++;
            if (weeks <= _history.Lag || (rounds > 1 && ran == 0))
            {
                break;
            }

            var previous = policies;
            (conditions, changes, policies) = Predict(firstTick, weeks, merged);
            everyoneFrom = Enumerable.Range(0, weeks).FirstOrDefault(i => !policies[i].Zip(previous[i]).All(p => p.First.SameAs(p.Second)), weeks);
        }

        _blockLength.Observe(weeks, _scenario.Customers, calls, customerWeeks);
        var decided = new List<BrandResponseDto>();
        for (var i = 0; i < weeks; i++)
        {
            // Shards route word of mouth among themselves; the history here only carries the market's state.
            decided.AddRange(Remember(firstTick + i, merged[i]).Select(BrandResponseDto.From));
        }

        _tick += weeks;
        var interval = options.Value.CheckpointIntervalWeeks;
        if (interval > 0 && _tick - _checkpointedTick >= interval && _tick < _scenario.Weeks)
        {
            await CheckpointAsync();
        }

        return new BlockResult(firstTick, merged, [.. decided], rounds, customerWeeks, calls);
    }

    // The inputs of each week of a block, from the weeks recorded before it and the block's weeks as last
    // run (none yet: each unknown week taken to be like the last one recorded): the conditions, the policy
    // changes in force (the brands' responses to those weeks included) and each week's policies. Exact for
    // the first information-lag weeks, and for every week whose weeks before are.
    private (BrandConditions[][] Conditions, PolicyChangeDto[] Changes, Model.Brands.BrandPolicy[][] Policies) Predict(int firstTick, int weeks, TickAggregate[]? run)
    {
        var trial = _history!.Copy();
        var schedule = _schedule!;
        var conditions = new BrandConditions[weeks][];
        var policies = new Model.Brands.BrandPolicy[weeks][];
        var last = _recent.Count > 0 ? _recent.Last() : _before!;
        for (var i = 0; i < weeks; i++)
        {
            conditions[i] = trial.ConditionsFor(firstTick + i);
            policies[i] = schedule.PoliciesAt(firstTick + i);
            if (i == weeks - 1)
            {
                break;
            }

            // Recording settles the week's gauges in place: a copy, so the block's own aggregates stay as they ran.
            if (trial.Record(firstTick + i, (run?[i] ?? last).Copy(), policies[i], []).Count > 0)
            {
                schedule = _scenario!.CreateSchedule([.. trial.ResponseChanges, .. _interventions.Select(c => c.ToModel())]);
            }
        }

        return (conditions, [.. trial.ResponseChanges.Select(PolicyChangeDto.From), .. _interventions], policies);
    }

    /// <inheritdoc />
    public async Task<ResumeResult> ResumeReplicateAsync(int replicate)
    {
        var key = RunKeys.Of(this.GetPrimaryKeyString(), replicate);
        var checkpoint = await SimulationCheckpointGrain(key).LoadAsync()
            ?? throw new NoCheckpointException($"Replicate {key} has no checkpoint: run it with checkpoints on (CustomerSimulationOptions.CheckpointIntervalWeeks).");

        await RestoreAsync(checkpoint, checkpoint.Spec, checkpoint.Interventions, fromKey: null);
        return new ResumeResult(checkpoint.Tick, _silos);
    }

    /// <inheritdoc />
    public async Task KeepBurnInAsync(string burnInKey)
    {
        if (_scenario is null || _history is null)
        {
            throw new InvalidOperationException("No replicate has begun.");
        }

        if (_tick != 0)
        {
            throw new InvalidOperationException($"A burn-in is kept at week 0; the replicate stands at week {_tick}.");
        }

        await SaveAsync(burnInKey, 0);
    }

    /// <inheritdoc />
    public async Task<ReplicateStart> ForkReplicateAsync(string burnInKey, ScenarioDto scenario, int replicate)
    {
        var checkpoint = await SimulationCheckpointGrain(burnInKey).LoadAsync()
            ?? throw new NoCheckpointException($"No burn-in is kept under {burnInKey}.");
        var spec = new RunSpec(this.GetPrimaryKeyString(), replicate, scenario, checkpoint.Spec.ShardSize);
        if (checkpoint.Tick != 0 || replicate != checkpoint.Spec.Replicate || checkpoint.Interventions.Length > 0
            || BurnIn.Fingerprint(spec.Scenario.ToScenario()) != BurnIn.Fingerprint(checkpoint.Spec.Scenario.ToScenario()))
        {
            throw new InvalidOperationException($"The burn-in kept under {burnInKey} (replicate {checkpoint.Spec.Replicate}, {checkpoint.Spec.Scenario.Customers} customers, week {checkpoint.Tick}) is not the start of replicate {replicate} of {scenario.Name}: it must be a burn-in that scenario lives, kept at week 0 before any intervention.");
        }

        await RestoreAsync(checkpoint, spec, [], fromKey: burnInKey);
        if (options.Value.CheckpointIntervalWeeks > 0)
        {
            // The replicate's own first checkpoint, so a silo lost before the next one resumes from here.
            await CheckpointAsync();
        }

        return new ReplicateStart(checkpoint.Recent.Length > 0 ? checkpoint.Recent[^1] : checkpoint.Before, _silos);
    }

    // Rebuilds a replicate of spec from a checkpoint: its own (a resume), or a burn-in another run kept (a fork).
    private async Task RestoreAsync(SimulationCheckpoint checkpoint, RunSpec spec, PolicyChangeDto[] interventions, string? fromKey)
    {
        Attach(spec, interventions);
        _silos = [];
        var silos = new List<string>(_shards.Length);
        foreach (var wave in _shards.Chunk(options.Value.ShardInitializationConcurrency))
        {
            silos.AddRange(await Task.WhenAll(wave.Select(s => s.RestoreAsync(spec, checkpoint.Slot, checkpoint.Tick, _generation, fromKey))));
        }

        _silos = [.. silos];
        var firstTick = -_scenario!.BurnInWeeks;
        _before = checkpoint.Before;
        _history = new MarketHistory(_scenario, firstTick, checkpoint.Before, _schedule!.PoliciesAt(firstTick));
        _history.Recall(checkpoint.Responses.Select(r => r.ToModel()));
        Reschedule();
        _tick = _checkpointedTick = checkpoint.Tick;
        _checkpoints = fromKey is null ? checkpoint.Slot + 1 : 0;
        _blockLength!.GoOnFrom(checkpoint.BlockWeeks);
        for (var i = 0; i < checkpoint.Recent.Length; i++)
        {
            Remember(checkpoint.Tick - checkpoint.Recent.Length + i, checkpoint.Recent[i], settled: true);
        }
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
        Reschedule();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PopulationSlice[]> ObserveAsync() => Task.WhenAll(_shards.Select(s => s.ObserveAsync()));

    /// <inheritdoc />
    public async Task EndReplicateAsync()
    {
        await Task.WhenAll(_shards.Select(s => s.EndAsync()));
        if (_spec is not null && options.Value.CheckpointIntervalWeeks > 0)
        {
            await SimulationCheckpointGrain(_spec.Key).ClearAsync();
        }

        _shards = [];
        _history = null;
        _recent.Clear();
    }

    // Binds the grain to a replicate: its scenario, schedule and shards.
    private void Attach(RunSpec spec, PolicyChangeDto[] interventions)
    {
        _spec = spec;
        _scenario = spec.Scenario.ToScenario();
        _interventions = interventions;
        _history = null;
        _blockLength = new BlockLength(options.Value.BlockWeeks, options.Value.MaxBlockWeeks, MarketHistory.LagOf(_scenario));
        Reschedule();
        _shards = [.. Enumerable.Range(0, spec.ShardCount).Select(i => GrainFactory.GetGrain<IShardGrain>(i, spec.Key))];
        _recent.Clear();
        _checkpoints = 0;

        // Identifies this begin or resume to the shards (not a model draw: it never touches a number).
        _generation = Guid.NewGuid().GetHashCode();
    }

    // The scenario's schedule, then the brands' responses, then the interventions (as the reference engine orders them).
    private void Reschedule() =>
        _schedule = _scenario!.CreateSchedule([.. _history?.ResponseChanges ?? [], .. _interventions.Select(c => c.ToModel())]);

    // Records a week in the market history (settling its brand gauges and the brands' responses, unless it
    // comes back from a checkpoint already settled), and keeps the last few for checkpoints.
    private IReadOnlyList<Model.Brands.Responses.BrandResponse> Remember(int tick, TickAggregate aggregate, bool settled = false)
    {
        IReadOnlyList<Model.Brands.Responses.BrandResponse> decided = [];
        if (settled)
        {
            _history!.Recall(tick, aggregate, _schedule!.PoliciesAt(tick), []);
        }
        else
        {
            decided = _history!.Record(tick, aggregate, _schedule!.PoliciesAt(tick), []);
            if (decided.Count > 0)
            {
                Reschedule();
            }
        }

        _recent.Enqueue(aggregate);
        while (_recent.Count > _history.Lag)
        {
            _recent.Dequeue();
        }

        return decided;
    }

    // Shards first, each in the slot not holding the last complete checkpoint; the simulation's own
    // record last, so a checkpoint counts only once every shard has saved it.
    private async Task CheckpointAsync()
    {
        await SaveAsync(_spec!.Key, _checkpoints % 2);
        _checkpoints++;
        _checkpointedTick = _tick;
    }

    private async Task SaveAsync(string runKey, int slot)
    {
        await Task.WhenAll(_shards.Select(s => s.CheckpointAsync(_tick, slot, runKey == _spec!.Key ? null : runKey)));
        var checkpoint = new SimulationCheckpoint(_spec!, _tick, slot, _interventions, _before!, [.. _recent], _silos, [.. _history!.Responses.Select(BrandResponseDto.From)], _blockLength!.Weeks);
        await SimulationCheckpointGrain(runKey).SaveAsync(checkpoint);
    }

    private ICheckpointGrain<SimulationCheckpoint> SimulationCheckpointGrain(string runKey) =>
        GrainFactory.GetGrain<ICheckpointGrain<SimulationCheckpoint>>(CheckpointKeys.Simulation(runKey));

    private TickAggregate NewAggregate() => new(_scenario!.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
}
