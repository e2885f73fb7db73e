using Simulator.Model.Customers;
using Simulator.Model.Market;

namespace Simulator.Model.Metrics;

/// <summary>
/// Records one customer's week as a compact list of contributions, to be sent elsewhere (a customer
/// grain to its shard) and added into an aggregate there. Amounts are converted to fixed point here,
/// exactly as <see cref="AggregateRecorder"/> converts them, so both routes give the same totals.
/// </summary>
public sealed class OutcomeRecorder : IStepRecorder
{
    private readonly List<CounterEntry> _counters = [];
    private readonly List<TouchpointEntry> _touchpoints = [];
    private readonly List<WordOfMouth> _sent = [];

    /// <summary>Counter contributions recorded since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<CounterEntry> Counters => _counters;

    /// <summary>Touchpoints recorded since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<TouchpointEntry> Touchpoints => _touchpoints;

    /// <summary>Messages sent since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<WordOfMouth> Sent => _sent;

    /// <summary>The market conditions read since the last <see cref="Clear"/> or <see cref="TakeReads"/> (<see cref="ConditionReads"/>).</summary>
    public ushort Reads { get; private set; }

    /// <summary>Returns the conditions read so far and starts a new set (one set per week).</summary>
    public ushort TakeReads()
    {
        var reads = Reads;
        Reads = 0;
        return reads;
    }

    /// <summary>Forgets everything recorded.</summary>
    public void Clear()
    {
        _counters.Clear();
        _touchpoints.Clear();
        _sent.Clear();
        Reads = 0;
    }

    /// <inheritdoc />
    public void Count(int brand, Counter counter, double amount = 1) =>
        _counters.Add(new CounterEntry((byte)brand, counter, FixedPoint.From(amount)));

    /// <inheritdoc />
    public void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused) =>
        _touchpoints.Add(new TouchpointEntry((byte)brand, kind, FixedPoint.From(gap), FixedPoint.From(angerCaused)));

    /// <inheritdoc />
    public void Send(in WordOfMouth message) => _sent.Add(message);

    /// <inheritdoc />
    public void Read(int brand, MarketCondition condition) => Reads |= ConditionReads.Bit(brand, condition);

    /// <inheritdoc />
    public void Note(LifeEvent lifeEvent, int brand)
    {
    }

    /// <summary>Adds recorded contributions of a customer of <paramref name="segment"/> into <paramref name="target"/>.</summary>
    public static void AddTo(TickAggregate target, int segment, ReadOnlySpan<CounterEntry> counters, ReadOnlySpan<TouchpointEntry> touchpoints)
    {
        foreach (var entry in counters)
        {
            target.AddFixed(entry.Brand, segment, entry.Counter, entry.Amount);
        }

        foreach (var entry in touchpoints)
        {
            target.AddTouchpointFixed(entry.Brand, segment, entry.Kind, 1, entry.Gap, entry.Anger);
        }
    }
}
