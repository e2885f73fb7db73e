using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>Steps a contiguous block of customers through one week and observes them: the unit of work of every engine.</summary>
public static class CustomerBatch
{
    /// <summary>
    /// Advances every customer in <paramref name="customers"/> one week, recording into
    /// <paramref name="recorder"/>; the week of the customer with id <paramref name="traced"/> (if
    /// any) is also reported through <paramref name="onTraced"/>.
    /// </summary>
    public static void Step(
        Span<CustomerState> customers,
        StepContext ctx,
        Inbox inbox,
        AggregateRecorder recorder,
        int traced = -1,
        Action<WeekRecord>? onTraced = null)
    {
        for (var i = 0; i < customers.Length; i++)
        {
            ref var c = ref customers[i];
            recorder.Segment = c.Segment;
            var heard = inbox.For(c.Id);
            if (c.Id == traced && onTraced is not null)
            {
                var before = c;
                var trace = new TracingRecorder(recorder);
                CustomerStep.Advance(ref c, ctx, heard, trace);
                onTraced(trace.Take(ctx.Tick, before, c, heard));
            }
            else
            {
                CustomerStep.Advance(ref c, ctx, heard, recorder);
            }

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
