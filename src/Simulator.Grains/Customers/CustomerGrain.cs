using Orleans.Placement;
using Simulator.Grains.Messages;
using Simulator.Grains.Runs;
using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Customers;

/// <summary>
/// A customer as a grain: keeps the customer's state and calls the model's Step each week. It holds
/// no behavioural rule. Placed on the silo of the shard that first calls it.
/// </summary>
[PreferLocalPlacement]
public sealed class CustomerGrain(RunRegistry registry) : Grain, ICustomerGrain
{
    // One recorder per thread rather than per grain: a million grains should not each carry three lists.
    [ThreadStatic]
    private static OutcomeRecorder? t_recorder;

    private CustomerState _state;
    private RunContext? _run;

    // The block being run: its first week and the state it started from. Nothing else is kept: a week whose
    // inputs turned out different is reached again from here (counter-based random numbers make that exact).
    private int _blockFirstTick = int.MinValue;
    private CustomerState _blockStart;
    private int _generation;

    /// <inheritdoc />
    public Task<CustomerState> InitializeAsync(RunSpec spec, int generation = 0)
    {
        _run = registry.Register(spec);
        _generation = generation;
        _state = Population.Create(_run.Scenario, spec.Replicate, (int)this.GetPrimaryKeyLong(out _));
        _blockFirstTick = int.MinValue;
        return Task.FromResult(_state);
    }

    /// <inheritdoc />
    public Task RestoreAsync(RunSpec spec, CustomerState state, int generation = 0)
    {
        _run = registry.Register(spec);
        _generation = generation;
        _state = state;
        _blockFirstTick = int.MinValue;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CustomerRun> StepAsync(CustomerOrder order)
    {
        var run = _run ?? throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var key)} of {key} was stepped before it was initialised.");
        if (order.Generation != _generation)
        {
            // Sent before a resume, and arrived after it: the replay sends it again.
            throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var stale)} of {stale} refused an order of an earlier begin or resume.");
        }

        var from = order.FromWeek;
        if (order.FirstTick != _blockFirstTick)
        {
            if (from != 0 || order.Before is not null)
            {
                throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var runKey)} of {runKey} was asked to run week {order.FirstTick + from} again, but has not run the block of week {order.FirstTick}.");
            }

            _blockFirstTick = order.FirstTick;
            _blockStart = _state;
        }

        // The weeks before the first that changed read nothing that changed: run on this round's inputs, they
        // reach the state they reached before.
        var state = _blockStart;
        for (var i = 0; i < from; i++)
        {
            CustomerStep.Advance(ref state, Context(run, order, order.Round, i, order.Conditions[i], order.Interventions), order.Inboxes[i], DiscardingRecorder.Instance);
        }

        CustomerOutcome? before = null;
        if (order.Before is { } replay)
        {
            var then = state;
            before = Run(ref then, from, i =>
            {
                var round = replay.Rounds[i - from];
                return (Context(run, order, round, i, replay.RoundConditions[round][i], replay.RoundChanges[round]), replay.Inboxes[i - from]);
            }, order.Weeks);
        }

        var now = Run(ref state, from, i => (Context(run, order, order.Round, i, order.Conditions[i], order.Interventions), order.Inboxes[i]), order.Weeks);
        _state = state;
        return Task.FromResult(new CustomerRun(now, before));
    }

    private static StepContext Context(RunContext run, CustomerOrder order, int round, int week, BrandConditions[] conditions, PolicyChangeDto[] changes) =>
        run.ContextFor(order.Generation, order.FirstTick, round, order.FirstTick + week, conditions, changes);

    // Runs weeks [from, weeks) from state on the inputs given for each, and packs what they produced.
    private static CustomerOutcome Run(ref CustomerState state, int from, Func<int, (StepContext Context, WordOfMouth[] Inbox)> inputs, int weeks)
    {
        var recorder = t_recorder ??= new OutcomeRecorder();
        recorder.Clear();
        var count = weeks - from;
        var states = new CustomerState[count];
        var counterEnds = new int[count];
        var touchpointEnds = new int[count];
        var sentEnds = new int[count];
        var reads = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            var (context, inbox) = inputs(from + i);
            CustomerStep.Advance(ref state, context, inbox, recorder);
            states[i] = state;
            counterEnds[i] = recorder.Counters.Count;
            touchpointEnds[i] = recorder.Touchpoints.Count;
            sentEnds[i] = recorder.Sent.Count;
            reads[i] = recorder.TakeReads();
        }

        return new CustomerOutcome(states, [.. recorder.Counters], counterEnds, [.. recorder.Touchpoints], touchpointEnds, [.. recorder.Sent], sentEnds, reads);
    }

    /// <inheritdoc />
    public Task<CustomerState> GetStateAsync() => Task.FromResult(_state);

    /// <inheritdoc />
    public Task EndAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
