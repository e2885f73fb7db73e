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

    /// <inheritdoc />
    public Task<CustomerState> InitializeAsync(RunSpec spec)
    {
        _run = registry.Register(spec);
        _state = Population.Create(_run.Scenario, spec.Replicate, (int)this.GetPrimaryKeyLong(out _));
        return Task.FromResult(_state);
    }

    /// <inheritdoc />
    public Task RestoreAsync(RunSpec spec, CustomerState state)
    {
        _run = registry.Register(spec);
        _state = state;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<CustomerOutcome> StepAsync(CustomerOrder order)
    {
        var run = _run ?? throw new InvalidOperationException($"Customer {this.GetPrimaryKeyLong(out var key)} of {key} was stepped before it was initialised.");
        var recorder = t_recorder ??= new OutcomeRecorder();
        recorder.Clear();
        var weeks = order.Weeks;
        var states = new CustomerState[weeks];
        var counterEnds = new int[weeks];
        var touchpointEnds = new int[weeks];
        var sentEnds = new int[weeks];
        for (var i = 0; i < weeks; i++)
        {
            var context = run.ContextFor(order.FirstTick + i, order.Conditions[i], order.Interventions);
            CustomerStep.Advance(ref _state, context, order.Inboxes[i], recorder);
            states[i] = _state;
            counterEnds[i] = recorder.Counters.Count;
            touchpointEnds[i] = recorder.Touchpoints.Count;
            sentEnds[i] = recorder.Sent.Count;
        }

        return Task.FromResult(new CustomerOutcome(
            states, [.. recorder.Counters], counterEnds, [.. recorder.Touchpoints], touchpointEnds, [.. recorder.Sent], sentEnds));
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
