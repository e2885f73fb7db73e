using Microsoft.Extensions.Options;
using Orleans.Placement;
using Simulator.Grains.Checkpoints;
using Simulator.Grains.Customers;
using Simulator.Grains.Hosting;
using Simulator.Grains.Messages;
using Simulator.Grains.Runs;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Shards;

/// <summary>
/// Owns a contiguous range of customers: fans each week out to them, adds their contributions into
/// one integer aggregate, and routes their word of mouth in one batch per destination shard.
/// </summary>
// Shards are spread at random over the silos of a cluster; each shard's customers are placed beside it.
[RandomPlacement]
public sealed class ShardGrain(RunRegistry registry, IOptions<CustomerSimulationOptions> options) : Grain, IShardGrain
{
    private readonly Dictionary<int, List<WordOfMouth>> _mail = [];
    private RunContext? _run;
    private ShardLayout _layout;
    private int _first;
    private ICustomerGrain[] _customers = [];
    private CustomerState[] _states = [];
    private WordOfMouth[] _lastSent = [];
    private int _generation;

    /// <inheritdoc />
    public async Task<ShardStart> InitializeAsync(RunSpec spec, int generation)
    {
        Attach(spec, generation);
        var aggregate = NewAggregate();
        var c = 0;
        foreach (var batch in _customers.Chunk(options.Value.ActivationBatchSize))
        {
            foreach (var state in await Task.WhenAll(batch.Select(customer => customer.InitializeAsync(spec))))
            {
                aggregate.Observe(state);
                _states[c++] = state;
            }
        }

        return new ShardStart(aggregate, RuntimeIdentity);
    }

    /// <inheritdoc />
    public Task CheckpointAsync(int tick, int slot)
    {
        var run = _run ?? throw new InvalidOperationException("The shard was checkpointed before it was initialised.");
        var mail = _mail.OrderBy(m => m.Key).Select(m => new TimedMail(m.Key, [.. m.Value])).ToArray();
        return Checkpoint(run.Spec.Key, slot).SaveAsync(new ShardCheckpoint(tick, [.. _states], mail));
    }

    /// <inheritdoc />
    public async Task<string> RestoreAsync(RunSpec spec, int slot, int tick, int generation)
    {
        var checkpoint = await Checkpoint(spec.Key, slot).LoadAsync();
        if (checkpoint is null || checkpoint.Tick != tick)
        {
            throw new InvalidOperationException($"Shard {this.GetPrimaryKeyLong(out _)} of {spec.Key} has no checkpoint of week {tick} in slot {slot} (found {(checkpoint is null ? "none" : $"week {checkpoint.Tick}")}).");
        }

        Attach(spec, generation);
        foreach (var week in checkpoint.Mail)
        {
            _mail[week.Tick] = [.. week.Messages];
        }

        _states = [.. checkpoint.Customers];
        foreach (var batch in _customers.Select((customer, c) => (customer, c)).Chunk(options.Value.ActivationBatchSize))
        {
            await Task.WhenAll(batch.Select(x => x.customer.RestoreAsync(spec, _states[x.c])));
        }

        return RuntimeIdentity;
    }

    /// <inheritdoc />
    public async Task<TickAggregate[]> StepAsync(int firstTick, BrandConditions[][] conditions, PolicyChangeDto[] interventions, int generation)
    {
        var run = _run ?? throw new InvalidOperationException("The shard was stepped before it was initialised.");
        if (generation != _generation)
        {
            throw new InvalidOperationException($"A step of an earlier generation of replicate {run.Spec.Key} was refused: the replicate was resumed since.");
        }

        var weeks = conditions.Length;
        var lag = MarketHistory.LagOf(run.Scenario);
        var inboxes = new Inbox[weeks];
        for (var i = 0; i < weeks; i++)
        {
            // Week t hears what was sent in week t - lag, all of it delivered before this block began.
            inboxes[i] = new Inbox(_first, _customers.Length, _mail.Remove(MarketHistory.HeardFrom(firstTick + i, lag), out var mail) ? mail : []);
        }

        var outcomes = await Task.WhenAll(_customers.Select((customer, c) =>
            customer.StepAsync(new CustomerOrder(firstTick, conditions, [.. inboxes.Select(inbox => inbox.For(_first + c).ToArray())], interventions))));

        for (var c = 0; c < outcomes.Length; c++)
        {
            // Kept for checkpoints: where each customer stands after the block.
            _states[c] = outcomes[c].States[^1];
        }

        var aggregates = new TickAggregate[weeks];
        var outgoing = new Dictionary<int, List<TimedMail>>();
        var lastSent = new List<WordOfMouth>();
        for (var i = 0; i < weeks; i++)
        {
            var aggregate = aggregates[i] = NewAggregate();
            var sent = new Dictionary<int, List<WordOfMouth>>();
            foreach (var outcome in outcomes)
            {
                ref readonly var state = ref outcome.States[i];
                OutcomeRecorder.AddTo(aggregate, state.Segment, outcome.CountersOf(i), outcome.TouchpointsOf(i));
                aggregate.Observe(state);
                foreach (var message in outcome.SentOf(i))
                {
                    if (i == weeks - 1)
                    {
                        lastSent.Add(message);
                    }

                    var shard = _layout.ShardOf(message.Recipient);
                    if (!sent.TryGetValue(shard, out var batch))
                    {
                        sent[shard] = batch = [];
                    }

                    batch.Add(message);
                }
            }

            foreach (var (shard, batch) in sent)
            {
                if (!outgoing.TryGetValue(shard, out var mail))
                {
                    outgoing[shard] = mail = [];
                }

                mail.Add(new TimedMail(firstTick + i, [.. batch]));
            }
        }

        _lastSent = [.. lastSent];
        var key = run.Spec.Key;
        await Task.WhenAll(outgoing.Select(pair =>
            GrainFactory.GetGrain<IShardGrain>(pair.Key, key).DeliverAsync([.. pair.Value], generation)));
        return aggregates;
    }

    /// <inheritdoc />
    public Task DeliverAsync(TimedMail[] mail, int generation)
    {
        if (generation != _generation)
        {
            // Sent in a block interrupted by a lost silo: the replay sends it again.
            return Task.CompletedTask;
        }

        foreach (var week in mail)
        {
            if (!_mail.TryGetValue(week.Tick, out var messages))
            {
                _mail[week.Tick] = messages = [];
            }

            messages.AddRange(week.Messages);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<PopulationSlice> ObserveAsync()
    {
        var run = _run ?? throw new InvalidOperationException("The shard was observed before it was initialised.");
        return Task.FromResult(new PopulationSlice(_first, Model.Metrics.Population.PopulationFrame.Cells(run.Scenario, _states), _lastSent));
    }

    /// <inheritdoc />
    public async Task EndAsync()
    {
        await Task.WhenAll(_customers.Select(c => c.EndAsync()));
        if (_run is not null)
        {
            registry.Remove(_run.Spec.Key);
            if (options.Value.CheckpointIntervalWeeks > 0)
            {
                await Task.WhenAll(Checkpoint(_run.Spec.Key, 0).ClearAsync(), Checkpoint(_run.Spec.Key, 1).ClearAsync());
            }
        }

        DeactivateOnIdle();
    }

    // Binds the shard to a replicate: its range of customers, and the replicate's context on this silo.
    private void Attach(RunSpec spec, int generation)
    {
        _generation = generation;
        _mail.Clear();
        _run = registry.Register(spec);
        var index = (int)this.GetPrimaryKeyLong(out _);
        _layout = new ShardLayout(spec.Scenario.Customers, spec.ShardSize);
        (_first, var count) = _layout.RangeOf(index);
        _customers = [.. Enumerable.Range(_first, count).Select(id => GrainFactory.GetGrain<ICustomerGrain>(id, spec.Key))];
        _states = new CustomerState[count];
        _lastSent = [];
    }

    private ICheckpointGrain<ShardCheckpoint> Checkpoint(string runKey, int slot) =>
        GrainFactory.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(runKey, (int)this.GetPrimaryKeyLong(out _), slot));

    private TickAggregate NewAggregate()
    {
        var scenario = _run!.Scenario;
        return new TickAggregate(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks);
    }
}
