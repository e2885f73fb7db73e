using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Messages;

/// <summary>
/// What consecutive weeks of one customer produced, packed into a few flat arrays (one message, few
/// objects, however many weeks): the state at the end of each week (to be observed), the metric
/// contributions, touchpoints and word of mouth of all weeks in order, with where each week ends, and
/// the market conditions each week read (<see cref="ConditionReads"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CustomerOutcome(
    [property: Id(0)] CustomerState[] States,
    [property: Id(1)] CounterEntry[] Counters,
    [property: Id(2)] int[] CounterEnds,
    [property: Id(3)] TouchpointEntry[] Touchpoints,
    [property: Id(4)] int[] TouchpointEnds,
    [property: Id(5)] WordOfMouth[] Sent,
    [property: Id(6)] int[] SentEnds,
    [property: Id(7)] ushort[] Reads)
{
    /// <summary>Weeks held.</summary>
    public int Weeks => States.Length;

    /// <summary>The counter contributions of the <paramref name="week"/>-th week held.</summary>
    public ReadOnlySpan<CounterEntry> CountersOf(int week) => Slice(Counters, CounterEnds, week);

    /// <summary>The touchpoints of the <paramref name="week"/>-th week held.</summary>
    public ReadOnlySpan<TouchpointEntry> TouchpointsOf(int week) => Slice(Touchpoints, TouchpointEnds, week);

    /// <summary>The word of mouth sent in the <paramref name="week"/>-th week held.</summary>
    public ReadOnlySpan<WordOfMouth> SentOf(int week) => Slice(Sent, SentEnds, week);

    private static ReadOnlySpan<T> Slice<T>(T[] items, int[] ends, int week)
    {
        var start = week == 0 ? 0 : ends[week - 1];
        return items.AsSpan(start, ends[week] - start);
    }
}
