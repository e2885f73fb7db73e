using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Customers;

/// <summary>Keeps nothing: for weeks run again only to reach the state they end in, their outcome already counted.</summary>
internal sealed class DiscardingRecorder : IStepRecorder
{
    /// <summary>The one instance (it holds nothing).</summary>
    public static readonly DiscardingRecorder Instance = new();

    /// <inheritdoc />
    public void Count(int brand, Counter counter, double amount = 1)
    {
    }

    /// <inheritdoc />
    public void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused)
    {
    }

    /// <inheritdoc />
    public void Send(in WordOfMouth message)
    {
    }

    /// <inheritdoc />
    public void Note(LifeEvent lifeEvent, int brand)
    {
    }
}
