using Simulator.Model.Customers;
using Simulator.Model.Market;

namespace Simulator.Model.Metrics;

/// <summary>Records steps into a <see cref="TickAggregate"/> and collects the outgoing word of mouth.</summary>
public sealed class AggregateRecorder : IStepRecorder
{
    /// <summary>Creates a recorder writing into <paramref name="target"/> and <paramref name="outbox"/>.</summary>
    public AggregateRecorder(TickAggregate target, List<WordOfMouth> outbox)
    {
        Target = target;
        Outbox = outbox;
    }

    /// <summary>The aggregate written to.</summary>
    public TickAggregate Target { get; }

    /// <summary>Messages sent this week.</summary>
    public List<WordOfMouth> Outbox { get; }

    /// <summary>The segment of the customer being stepped; set before each step.</summary>
    public int Segment { get; set; }

    /// <inheritdoc />
    public void Count(int brand, Counter counter, double amount = 1) => Target.Add(brand, Segment, counter, amount);

    /// <inheritdoc />
    public void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused) =>
        Target.AddTouchpoint(brand, Segment, kind, gap, angerCaused);

    /// <inheritdoc />
    public void Send(in WordOfMouth message) => Outbox.Add(message);

    /// <inheritdoc />
    public void Note(LifeEvent lifeEvent, int brand)
    {
    }
}
