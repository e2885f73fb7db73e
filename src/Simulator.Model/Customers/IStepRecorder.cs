using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Customers;

/// <summary>
/// Receives what one customer's step produces: metric contributions, touchpoints and outgoing word
/// of mouth. The reference engine records into arrays, a customer grain into a compact outcome, and
/// the explainer into a readable trace.
/// </summary>
public interface IStepRecorder
{
    /// <summary>Adds <paramref name="amount"/> to a counter of brand <paramref name="brand"/>.</summary>
    void Count(int brand, Counter counter, double amount = 1);

    /// <summary>Records a touchpoint with brand <paramref name="brand"/>: its expectation gap and the anger it caused.</summary>
    void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused);

    /// <summary>Sends a word-of-mouth message, delivered next week.</summary>
    void Send(in WordOfMouth message);

    /// <summary>
    /// Notes that the week read <paramref name="condition"/> of brand <paramref name="brand"/> (every read of
    /// the market's conditions goes through <see cref="StepContext"/>, which reports it here). Only an engine that
    /// runs weeks ahead on predicted conditions keeps it.
    /// </summary>
    void Read(int brand, MarketCondition condition)
    {
    }

    /// <summary>Notes a life event for the explanation trace (ignored by engines).</summary>
    void Note(LifeEvent lifeEvent, int brand);
}
