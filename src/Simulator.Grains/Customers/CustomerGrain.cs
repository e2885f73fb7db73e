using Orleans.Placement;
using Simulator.Grains.Messages;
using Simulator.Grains.Runs;
using Simulator.Model.Customers;
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

    // The block being run: its first week, the state it started from, and what it produced so far, so a
    // week whose inputs turned out different can be run again from the state before it.
    private int _blockFirstTick = int.MinValue;
    private CustomerState _blockStart;
    private CustomerOutcome? _block;

    /// <inheritdoc />
    public Task<CustomerState> InitializeAsync(RunSpec spec)
    {
        _run = registry.Register(spec);
        _state = Population.Create(_run.Scenario, spec.Replicate, (int)this.GetPrimaryKeyLong(out _));
        _blockFirstTick = int.MinValue;
        _block = null;
        return Task.FromResult(_state);
    }

    /// <inheritdoc />
    public Task RestoreAsync(RunSpec spec, CustomerState state)
    {
        _run = registry.Register(spec);
        _state = state;
        _blockFirstTick = int.MinValue;
        _block = null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CustomerOutcome> StepAsync(CustomerOrder order)
    {
        var run = _run ?? throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var key)} of {key} was stepped before it was initialised.");
        var from = order.FromWeek;
        if (order.FirstTick != _blockFirstTick)
        {
            if (from != 0)
            {
                throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var runKey)} of {runKey} was asked to run week {order.FirstTick + from} again, but has not run the block of week {order.FirstTick}.");
            }

            _blockFirstTick = order.FirstTick;
            _blockStart = _state;
            _block = null;
        }

        // Counter-based random numbers: a week run again from the same state and inputs draws the same numbers.
        _state = from == 0 ? _blockStart : _block!.States[from - 1];
        var recorder = t_recorder ??= new OutcomeRecorder();
        recorder.Clear();
        var weeks = order.Weeks;
        var states = new CustomerState[weeks];
        var counterEnds = new int[weeks];
        var touchpointEnds = new int[weeks];
        var sentEnds = new int[weeks];
        var reads = new ushort[weeks];
        if (from > 0)
        {
            // The weeks before stay as they were: copied, so the outcome is whole.
            var kept = _block!;
            kept.States.AsSpan(0, from).CopyTo(states);
            kept.CounterEnds.AsSpan(0, from).CopyTo(counterEnds);
            kept.TouchpointEnds.AsSpan(0, from).CopyTo(touchpointEnds);
            kept.SentEnds.AsSpan(0, from).CopyTo(sentEnds);
            kept.Reads.AsSpan(0, from).CopyTo(reads);
            recorder.Keep(kept.Counters.AsSpan(0, counterEnds[from - 1]), kept.Touchpoints.AsSpan(0, touchpointEnds[from - 1]), kept.Sent.AsSpan(0, sentEnds[from - 1]));
        }

        for (var i = from; i < weeks; i++)
        {
            var context = run.ContextFor(order.Generation, order.FirstTick, order.Round, order.FirstTick + i, order.Conditions[i], order.Interventions);
            CustomerStep.Advance(ref _state, context, order.Inboxes[i - from], recorder);
            states[i] = _state;
            counterEnds[i] = recorder.Counters.Count;
            touchpointEnds[i] = recorder.Touchpoints.Count;
            sentEnds[i] = recorder.Sent.Count;
            reads[i] = recorder.TakeReads();
        }

        _block = new CustomerOutcome(
            states, [.. recorder.Counters], counterEnds, [.. recorder.Touchpoints], touchpointEnds, [.. recorder.Sent], sentEnds, reads);
        return Task.FromResult(_block);
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
