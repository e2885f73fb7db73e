using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>Steps a contiguous block of customers through one week and observes them: the unit of work of every engine.</summary>
public static class CustomerBatch
{
    /// <summary>Advances every customer in <paramref name="customers"/> one week, recording into <paramref name="recorder"/>.</summary>
    public static void Step(Span<CustomerState> customers, StepContext ctx, Inbox inbox, AggregateRecorder recorder)
    {
        for (var i = 0; i < customers.Length; i++)
        {
            ref var c = ref customers[i];
            recorder.Segment = c.Segment;
            CustomerStep.Advance(ref c, ctx, inbox.For(c.Id), recorder);
            recorder.Target.Observe(c);
        }
    }

    /// <summary>Observes customers without stepping them (the state at week 0).</summary>
    public static void Observe(ReadOnlySpan<CustomerState> customers, TickAggregate target)
    {
        foreach (ref readonly var c in customers)
        {
            target.Observe(c);
        }
    }
}
