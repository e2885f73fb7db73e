using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>Passes every record on to an inner recorder and also keeps it, with the life events, for one customer's trace.</summary>
public sealed class TracingRecorder(IStepRecorder inner) : IStepRecorder
{
    private readonly OutcomeRecorder _kept = new();
    private readonly List<(LifeEvent, int)> _events = [];

    /// <summary>Life events noted this week.</summary>
    public IReadOnlyList<(LifeEvent Event, int Brand)> Events => _events;

    /// <summary>What was kept this week (counters, touchpoints, messages).</summary>
    public OutcomeRecorder Kept => _kept;

    /// <inheritdoc />
    public void Count(int brand, Counter counter, double amount = 1)
    {
        inner.Count(brand, counter, amount);
        _kept.Count(brand, counter, amount);
    }

    /// <inheritdoc />
    public void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused)
    {
        inner.Touchpoint(brand, kind, gap, angerCaused);
        _kept.Touchpoint(brand, kind, gap, angerCaused);
    }

    /// <inheritdoc />
    public void Send(in WordOfMouth message)
    {
        inner.Send(message);
        _kept.Send(message);
    }

    /// <inheritdoc />
    public void Read(int brand, MarketCondition condition)
    {
        inner.Read(brand, condition);
        _kept.Read(brand, condition);
    }

    /// <inheritdoc />
    public void Note(LifeEvent lifeEvent, int brand)
    {
        inner.Note(lifeEvent, brand);
        _events.Add((lifeEvent, brand));
    }

    /// <summary>Builds the week's record and forgets it, ready for the next week.</summary>
    public WeekRecord Take(int week, in CustomerState before, in CustomerState after, ReadOnlySpan<WordOfMouth> heard)
    {
        var record = new WeekRecord(week, before, after, heard.ToArray(), [.. _events], [.. _kept.Touchpoints], [.. _kept.Counters], [.. _kept.Sent]);
        _events.Clear();
        _kept.Clear();
        return record;
    }
}
