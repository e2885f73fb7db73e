using Orleans.Placement;
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
// Shards are spread at random over the silos of a cluster; each shard's customers are placed beside it.
[RandomPlacement]
public sealed class ShardGrain(RunRegistry registry, IOptions<CustomerSimulationOptions> options) : Grain, IShardGrain
{
    private readonly Dictionary<int, List<WordOfMouth>> _mail = [];
    private RunContext? _run;
    private ShardLayout _layout;
    private int _first;
    private ICustomerGrain[] _customers = [];

    /// <inheritdoc />
    public async Task<ShardStart> InitializeAsync(RunSpec spec)
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

        return new ShardStart(aggregate, RuntimeIdentity);
    }

    /// <inheritdoc />
    public async Task<TickAggregate[]> StepAsync(int firstTick, BrandConditions[][] conditions, PolicyChangeDto[] interventions)
    {
        var run = _run ?? throw new InvalidOperationException("The shard was stepped before it was initialised.");
        var weeks = conditions.Length;
        var lag = run.Scenario.Market.InformationLagWeeks;
        var inboxes = new Inbox[weeks];
        for (var i = 0; i < weeks; i++)
        {
            // Week t hears what was sent in week t - lag, all of it delivered before this block began.
            inboxes[i] = new Inbox(_first, _customers.Length, _mail.Remove(firstTick + i - lag, out var mail) ? mail : []);
        }

        var outcomes = await Task.WhenAll(_customers.Select((customer, c) =>
            customer.StepAsync(new CustomerOrder(firstTick, conditions, [.. inboxes.Select(inbox => inbox.For(_first + c).ToArray())], interventions))));

        var aggregates = new TickAggregate[weeks];
        var outgoing = new Dictionary<int, List<TimedMail>>();
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

        var key = run.Spec.Key;
        await Task.WhenAll(outgoing.Select(pair =>
            GrainFactory.GetGrain<IShardGrain>(pair.Key, key).DeliverAsync([.. pair.Value])));
        return aggregates;
    }

    /// <inheritdoc />
    public Task DeliverAsync(TimedMail[] mail)
    {
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
