using Simulator.Model.Customers;

namespace Simulator.Model.Engine;

/// <summary>
/// Watches the weeks a <see cref="ReplicateStepper"/> runs, without changing them: every customer at the
/// end of each week, and one customer's week in full detail. Override what you need.
/// </summary>
public abstract class WeekObserver
{
    /// <summary>The id of the customer whose week <paramref name="tick"/> is traced through <see cref="Traced"/>, or -1 for none.</summary>
    public virtual int TracedIn(int tick) => -1;

    /// <summary>Hears the traced customer's week.</summary>
    public virtual void Traced(WeekRecord week)
    {
    }

    /// <summary>Sees every customer at the end of week <paramref name="tick"/> (to read, not to keep: the span is reused).</summary>
    public virtual void Observed(int tick, ReadOnlySpan<CustomerState> customers)
    {
    }
}
