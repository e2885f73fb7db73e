using Microsoft.Extensions.Options;
using Simulator.Grains.Customers;
using Simulator.Grains.Hosting;
using Simulator.Grains.Messages;
using Simulator.Grains.Runs;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Shards;

/// <summary>
/// Owns a contiguous range of customers: fans each week out to them, adds their contributions into
/// one integer aggregate, and routes their word of mouth in one batch per destination shard.
/// </summary>
public sealed class ShardGrain(RunRegistry registry, IOptions<CustomerSimulationOptions> options) : Grain, IShardGrain
{
    private readonly Dictionary<int, List<WordOfMouth>> _mail = [];
    private RunContext? _run;
    private ShardLayout _layout;
    private int _first;
    private ICustomerGrain[] _customers = [];

    /// <inheritdoc />
    public async Task<TickAggregate> InitializeAsync(RunSpec spec)
    {
        _run = registry.Register(spec);
        var index = (int)this.GetPrimaryKeyLong(out _);
        var key = spec.Key;
        _layout = new ShardLayout(spec.Scenario.Customers, spec.ShardSize);
        (_first, var count) = _layout.RangeOf(index);
        _customers = [.. Enumerable.Range(_first, count).Select(id => GrainFactory.GetGrain<ICustomerGrain>(id, key))];

        var aggregate = NewAggregate();
        foreach (var batch in _customers.Chunk(options.Value.ActivationBatchSize))
        {
            foreach (var state in await Task.WhenAll(batch.Select(c => c.InitializeAsync(spec))))
            {
                aggregate.Observe(state);
            }
        }

        return aggregate;
    }

    /// <inheritdoc />
    public async Task<TickAggregate> StepAsync(int tick, BrandConditions[] conditions)
    {
        _ = _run ?? throw new InvalidOperationException("The shard was stepped before it was initialised.");
        var inbox = new Inbox(_first, _customers.Length, _mail.Remove(tick - 1, out var mail) ? mail : []);
        var outcomes = await Task.WhenAll(_customers.Select((customer, i) =>
            customer.StepAsync(new CustomerOrder(tick, conditions, inbox.For(_first + i).ToArray()))));

        var aggregate = NewAggregate();
        var outgoing = new Dictionary<int, List<WordOfMouth>>();
        foreach (var outcome in outcomes)
        {
            OutcomeRecorder.AddTo(aggregate, outcome.State.Segment, outcome.Counters, outcome.Touchpoints);
            aggregate.Observe(outcome.State);
            foreach (var message in outcome.Sent)
            {
                var shard = _layout.ShardOf(message.Recipient);
                if (!outgoing.TryGetValue(shard, out var batch))
                {
                    outgoing[shard] = batch = [];
                }

                batch.Add(message);
            }
        }

        var key = _run.Spec.Key;
        await Task.WhenAll(outgoing.Select(pair =>
            GrainFactory.GetGrain<IShardGrain>(pair.Key, key).DeliverAsync(tick, [.. pair.Value])));
        return aggregate;
    }

    /// <inheritdoc />
    public Task DeliverAsync(int tick, WordOfMouth[] messages)
    {
        if (!_mail.TryGetValue(tick, out var mail))
        {
            _mail[tick] = mail = [];
        }

        mail.AddRange(messages);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task EndAsync()
    {
        await Task.WhenAll(_customers.Select(c => c.EndAsync()));
        if (_run is not null)
        {
            registry.Remove(_run.Spec.Key);
        }

        DeactivateOnIdle();
    }

    private TickAggregate NewAggregate()
    {
        var scenario = _run!.Scenario;
        return new TickAggregate(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks);
    }
}
