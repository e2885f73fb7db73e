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
/// Owns a contiguous range of customers: runs each block of weeks through them, round after round,
/// running again only the customers whose inputs turned out different from those they used; adds
/// their contributions into one integer aggregate per week; and routes their word of mouth, and any
/// change to it, in one batch per destination shard.
/// </summary>
// Shards are spread at random over the silos of a cluster; each shard's customers are placed beside it.
[RandomPlacement]
public sealed class ShardGrain(RunRegistry registry, IOptions<CustomerSimulationOptions> options) : Grain, IShardGrain
{
    // Word of mouth not yet heard for good, by week sent and sender: a sender that runs a week again replaces its entry.
    private readonly Dictionary<int, Dictionary<int, WordOfMouth[]>> _mail = [];
    private readonly Dictionary<int, Inbox> _inboxes = [];
    private readonly List<(int FirstTick, int Round, MailUpdate[] Mail)> _arriving = [];
    private RunContext? _run;
    private ShardLayout _layout;
    private int _first;
    private int _lag;
    private ICustomerGrain[] _customers = [];
    private CustomerState[] _states = [];
    private int _generation;

    // The block being run, by customer and week (index customer * weeks + week): the conditions each week read,
    // the round whose inputs it ran on and the mail it heard (when it heard any); by customer, the first week
    // whose mail changed since it ran it, and what it said in the block's last week; by round, the inputs.
    // Outcomes themselves are not kept: a customer run again runs its old weeks once more to give them back.
    private int _blockFirstTick = int.MinValue;
    private int _blockWeeks;
    private ushort[] _reads = [];
    private byte[] _usedRound = [];
    private readonly Dictionary<int, WordOfMouth[]> _heard = [];
    private int[] _mailChangedFrom = [];
    private WordOfMouth[]?[] _lastWeekSent = [];
    private readonly List<BrandConditions[][]> _roundConditions = [];
    private readonly List<PolicyChangeDto[]> _roundChanges = [];

    /// <inheritdoc />
    public async Task<ShardStart> InitializeAsync(RunSpec spec, int generation)
    {
        Attach(spec, generation);
        var aggregate = NewAggregate();
        var c = 0;
        foreach (var batch in _customers.Chunk(options.Value.ActivationBatchSize))
        {
            foreach (var state in await Task.WhenAll(batch.Select(customer => customer.InitializeAsync(spec, generation))))
            {
                aggregate.Observe(state);
                _states[c++] = state;
            }
        }

        return new ShardStart(aggregate, RuntimeIdentity);
    }

    /// <inheritdoc />
    public Task CheckpointAsync(int tick, int slot, string? runKey = null)
    {
        var run = _run ?? throw new InvalidOperationException("The shard was checkpointed before it was initialised.");

        // Between blocks every round is over and all its mail has arrived: what is still to be taken in is saved too.
        TakeInMailBefore(int.MaxValue, 0);
        var mail = _mail
            .Where(m => m.Key >= MarketHistory.HeardFrom(tick, _lag))
            .OrderBy(m => m.Key)
            .Select(m => new TimedMail(m.Key, [.. m.Value.OrderBy(s => s.Key).SelectMany(s => s.Value)]))
            .ToArray();
        return Checkpoint(runKey ?? run.Spec.Key, slot).SaveAsync(new ShardCheckpoint(tick, [.. _states], mail));
    }

    /// <inheritdoc />
    public async Task<string> RestoreAsync(RunSpec spec, int slot, int tick, int generation, string? fromKey = null)
    {
        var key = fromKey ?? spec.Key;
        var checkpoint = await Checkpoint(key, slot).LoadAsync();
        if (checkpoint is null || checkpoint.Tick != tick)
        {
            throw new InvalidOperationException($"Shard {this.GetPrimaryKeyLong(out _)} of {key} has no checkpoint of week {tick} in slot {slot} (found {(checkpoint is null ? "none" : $"week {checkpoint.Tick}")}).");
        }

        Attach(spec, generation);
        foreach (var week in checkpoint.Mail)
        {
            _mail[week.Tick] = week.Messages.GroupBy(m => m.Sender).ToDictionary(g => g.Key, g => g.ToArray());
        }

        _states = [.. checkpoint.Customers];
        foreach (var batch in _customers.Select((customer, c) => (customer, c)).Chunk(options.Value.ActivationBatchSize))
        {
            await Task.WhenAll(batch.Select(x => x.customer.RestoreAsync(spec, _states[x.c], generation)));
        }

        return RuntimeIdentity;
    }

    /// <inheritdoc />
    public async Task<BlockRound> StepAsync(BlockStep step)
    {
        var run = _run ?? throw new InvalidOperationException("The shard was stepped before it was initialised.");
        if (step.Generation != _generation)
        {
            throw new InvalidOperationException($"A step of an earlier generation of replicate {run.Spec.Key} was refused: the replicate was resumed since.");
        }

        var weeks = step.Weeks;
        if (step.Round == 0)
        {
            BeginBlock(step.FirstTick, weeks);
        }
        else if (step.FirstTick != _blockFirstTick || weeks != _blockWeeks || step.Round != _roundConditions.Count)
        {
            throw new InvalidOperationException($"Round {step.Round} of the block of week {step.FirstTick} came out of order (the shard is at round {_roundConditions.Count - 1} of the block of week {_blockFirstTick}).");
        }

        TakeInMailBefore(step.FirstTick, step.Round);
        _roundConditions.Add(step.Conditions);
        _roundChanges.Add(step.Changes);
        var rerun = WhoRunsAgain(step);

        // Mail delivered from here on changes what the customers of this round heard: it marks them for the next round.
        var roundConditions = _roundConditions.ToArray();
        var roundChanges = _roundChanges.ToArray();
        var orders = new Task<CustomerRun>[rerun.Count];
        for (var i = 0; i < rerun.Count; i++)
        {
            var (c, from) = rerun[i];
            _mailChangedFrom[c] = int.MaxValue;
            var inboxes = new WordOfMouth[weeks][];
            for (var w = 0; w < weeks; w++)
            {
                inboxes[w] = w < from ? Heard(c, w) : InboxOf(MarketHistory.HeardFrom(step.FirstTick + w, _lag)).For(_first + c).ToArray();
            }

            CustomerReplay? before = null;
            if (step.Round > 0)
            {
                before = new CustomerReplay(_usedRound[(c * weeks + from)..((c + 1) * weeks)], roundConditions, roundChanges, [.. Enumerable.Range(from, weeks - from).Select(w => Heard(c, w))]);
            }

            for (var w = from; w < weeks; w++)
            {
                Hear(c, w, inboxes[w]);
            }

            orders[i] = _customers[c].StepAsync(new CustomerOrder(step.FirstTick, step.Conditions, inboxes, step.Changes, from, step.Round, step.Generation, before));
        }

        var runs = await Task.WhenAll(orders);
        var changes = new TickAggregate?[weeks];
        var removed = new TickAggregate?[weeks];
        var outgoing = new Dictionary<int, List<MailUpdate>>();
        long customerWeeks = 0;
        for (var i = 0; i < rerun.Count; i++)
        {
            var (c, from) = rerun[i];
            var (now, before) = (runs[i].Now, runs[i].Before);
            // Every week the model stepped: the weeks reached again, the old weeks given back, and the new ones.
            customerWeeks += before is null ? weeks : from + 2 * (weeks - from);
            for (var w = from; w < weeks; w++)
            {
                var j = w - from;
                _usedRound[c * weeks + w] = (byte)step.Round;
                _reads[c * weeks + w] = now.Reads[j];
                Contribute(changes[w] ??= NewAggregate(), now, j);
                if (before is not null)
                {
                    Contribute(removed[w] ??= NewAggregate(), before, j);
                }

                Route(outgoing, step.FirstTick + w, _first + c, before is null ? [] : before.SentOf(j), now.SentOf(j));
            }

            // Kept for checkpoints and the population view: where each customer stands after the block, and what it said last.
            _states[c] = now.States[^1];
            var last = now.SentOf(now.Weeks - 1);
            _lastWeekSent[c] = last.IsEmpty ? null : last.ToArray();
        }

        for (var w = 0; w < weeks; w++)
        {
            if (removed[w] is { } old)
            {
                changes[w]!.Subtract(old);
            }
        }

        var key = run.Spec.Key;
        await Task.WhenAll(outgoing.Select(pair =>
            GrainFactory.GetGrain<IShardGrain>(pair.Key, key).DeliverAsync([.. pair.Value], step.Generation, step.FirstTick, step.Round)));
        return new BlockRound(changes, rerun.Count, customerWeeks);
    }

    /// <inheritdoc />
    public Task DeliverAsync(MailUpdate[] mail, int generation, int firstTick, int round)
    {
        if (generation != _generation)
        {
            // Sent in a block interrupted by a lost silo: the replay sends it again.
            return Task.CompletedTask;
        }

        _arriving.Add((firstTick, round, mail));
        return Task.CompletedTask;
    }

    // Takes in the mail sent in rounds before round `round` of the block of week firstTick (all of it has arrived:
    // every shard finished those rounds, deliveries included), and keeps what faster shards already sent in this one.
    private void TakeInMailBefore(int firstTick, int round)
    {
        var kept = new List<(int, int, MailUpdate[])>();
        foreach (var (tick, sentRound, mail) in _arriving)
        {
            if (tick > firstTick || (tick == firstTick && sentRound >= round))
            {
                kept.Add((tick, sentRound, mail));
                continue;
            }

            foreach (var update in mail)
            {
                Replace(update);
            }
        }

        _arriving.Clear();
        _arriving.AddRange(kept);
    }

    private void Replace(MailUpdate update)
    {
        if (!_mail.TryGetValue(update.Tick, out var senders))
        {
            _mail[update.Tick] = senders = [];
        }

        var before = senders.TryGetValue(update.Sender, out var known) ? known : [];
        if (update.Messages.Length == 0)
        {
            senders.Remove(update.Sender);
        }
        else
        {
            senders[update.Sender] = update.Messages;
        }

        _inboxes.Remove(update.Tick);
        MarkChanged(update.Tick, before, update.Messages);
    }

    /// <inheritdoc />
    public Task<PopulationSlice> ObserveAsync()
    {
        var run = _run ?? throw new InvalidOperationException("The shard was observed before it was initialised.");
        var sent = _lastWeekSent.OfType<WordOfMouth[]>().SelectMany(m => m).ToArray();
        return Task.FromResult(new PopulationSlice(_first, Model.Metrics.Population.PopulationFrame.Cells(run.Scenario, _states), sent));
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

    // A new block: the mail heard before it is no longer needed, and every customer runs all of it.
    private void BeginBlock(int firstTick, int weeks)
    {
        foreach (var tick in _mail.Keys.Where(t => t < MarketHistory.HeardFrom(firstTick, _lag)).ToList())
        {
            _mail.Remove(tick);
            _inboxes.Remove(tick);
        }

        _blockFirstTick = firstTick;
        _blockWeeks = weeks;
        _roundConditions.Clear();
        _roundChanges.Clear();
        _heard.Clear();
        _reads = new ushort[_customers.Length * weeks];
        _usedRound = new byte[_customers.Length * weeks];
        Array.Fill(_mailChangedFrom, int.MaxValue);
        Array.Clear(_lastWeekSent);
    }

    // Each customer that must run again and the first week it must run: every customer from week 0 in
    // round 0; later, the first week whose policies changed for everyone, whose mail changed, or that read
    // a condition that came out different from the one the week used.
    private List<(int Customer, int From)> WhoRunsAgain(BlockStep step)
    {
        var weeks = step.Weeks;
        var rerun = new List<(int, int)>();
        if (step.Round == 0)
        {
            for (var c = 0; c < _customers.Length; c++)
            {
                rerun.Add((c, 0));
            }

            return rerun;
        }

        // changed[u][w]: the conditions of week w that differ between round u and now.
        var changed = new ushort[step.Round][];
        for (var u = 0; u < step.Round; u++)
        {
            changed[u] = new ushort[weeks];
            for (var w = 0; w < weeks; w++)
            {
                changed[u][w] = ConditionReads.Changed(_roundConditions[u][w], step.Conditions[w]);
            }
        }

        for (var c = 0; c < _customers.Length; c++)
        {
            var from = Math.Min(step.EveryoneFrom, _mailChangedFrom[c]);
            for (var w = 0; w < from; w++)
            {
                if ((_reads[c * weeks + w] & changed[_usedRound[c * weeks + w]][w]) != 0)
                {
                    from = w;
                }
            }

            if (from < weeks)
            {
                rerun.Add((c, from));
            }
        }

        return rerun;
    }

    // What a customer's week adds to its week's aggregate.
    private static void Contribute(TickAggregate target, CustomerOutcome outcome, int week)
    {
        ref readonly var state = ref outcome.States[week];
        OutcomeRecorder.AddTo(target, state.Segment, outcome.CountersOf(week), outcome.TouchpointsOf(week));
        target.Observe(state);
    }

    // Queues, per destination shard, what a sender said in a week, unless it said exactly what it was known to have said.
    private void Route(Dictionary<int, List<MailUpdate>> outgoing, int tick, int sender, ReadOnlySpan<WordOfMouth> before, ReadOnlySpan<WordOfMouth> after)
    {
        if (before.SequenceEqual(after))
        {
            return;
        }

        var shards = new SortedDictionary<int, List<WordOfMouth>>();
        foreach (var message in before)
        {
            shards.TryAdd(_layout.ShardOf(message.Recipient), []);
        }

        foreach (var message in after)
        {
            var shard = _layout.ShardOf(message.Recipient);
            if (!shards.TryGetValue(shard, out var batch))
            {
                shards[shard] = batch = [];
            }

            batch.Add(message);
        }

        foreach (var (shard, batch) in shards)
        {
            if (!outgoing.TryGetValue(shard, out var updates))
            {
                outgoing[shard] = updates = [];
            }

            updates.Add(new MailUpdate(tick, sender, [.. batch]));
        }
    }

    // A recipient whose mail of a week it has already run changed must run that week again.
    private void MarkChanged(int tick, WordOfMouth[] before, WordOfMouth[] after)
    {
        if (_blockWeeks == 0)
        {
            return;
        }

        var week = tick + _lag - _blockFirstTick;
        if (week < 0 || week >= _blockWeeks)
        {
            // Heard in a later block, which has not run yet.
            return;
        }

        foreach (var recipient in before.Select(m => m.Recipient).Concat(after.Select(m => m.Recipient)).Distinct())
        {
            var c = recipient - _first;
            if (c < 0 || c >= _customers.Length || _mailChangedFrom[c] <= week)
            {
                continue;
            }

            var was = before.Where(m => m.Recipient == recipient).Order();
            var now = after.Where(m => m.Recipient == recipient).Order();
            if (!was.SequenceEqual(now))
            {
                _mailChangedFrom[c] = week;
            }
        }
    }

    // The mail customer c heard in week w of the block when it last ran it.
    private WordOfMouth[] Heard(int c, int w) => _heard.TryGetValue(c * _blockWeeks + w, out var mail) ? mail : [];

    private void Hear(int c, int w, WordOfMouth[] mail)
    {
        if (mail.Length == 0)
        {
            _heard.Remove(c * _blockWeeks + w);
        }
        else
        {
            _heard[c * _blockWeeks + w] = mail;
        }
    }

    // The mail sent in week tick to this shard's customers, sorted for hearing.
    private Inbox InboxOf(int tick)
    {
        if (!_inboxes.TryGetValue(tick, out var inbox))
        {
            var messages = _mail.TryGetValue(tick, out var senders) ? senders.Values.SelectMany(m => m) : [];
            _inboxes[tick] = inbox = new Inbox(_first, _customers.Length, messages);
        }

        return inbox;
    }

    // Binds the shard to a replicate: its range of customers, and the replicate's context on this silo.
    private void Attach(RunSpec spec, int generation)
    {
        _generation = generation;
        _mail.Clear();
        _inboxes.Clear();
        _arriving.Clear();
        _run = registry.Register(spec);
        _lag = MarketHistory.LagOf(_run.Scenario);
        var index = (int)this.GetPrimaryKeyLong(out _);
        _layout = new ShardLayout(spec.Scenario.Customers, spec.ShardSize);
        (_first, var count) = _layout.RangeOf(index);
        _customers = [.. Enumerable.Range(_first, count).Select(id => GrainFactory.GetGrain<ICustomerGrain>(id, spec.Key))];
        _states = new CustomerState[count];
        _blockFirstTick = int.MinValue;
        _blockWeeks = 0;
        _reads = [];
        _usedRound = [];
        _heard.Clear();
        _lastWeekSent = new WordOfMouth[]?[count];
        _mailChangedFrom = new int[count];
        Array.Fill(_mailChangedFrom, int.MaxValue);
        _roundConditions.Clear();
        _roundChanges.Clear();
    }

    private ICheckpointGrain<ShardCheckpoint> Checkpoint(string runKey, int slot) =>
        GrainFactory.GetGrain<ICheckpointGrain<ShardCheckpoint>>(CheckpointKeys.Shard(runKey, (int)this.GetPrimaryKeyLong(out _), slot));

    private TickAggregate NewAggregate()
    {
        var scenario = _run!.Scenario;
        return new TickAggregate(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks);
    }
}
