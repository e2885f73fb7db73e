using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Tests.Support;

/// <summary>Keeps everything a step records, for single-customer tests.</summary>
public sealed class CollectingRecorder : IStepRecorder
{
    public Dictionary<(int Brand, Counter Counter), double> Counts { get; } = [];
    public List<(int Brand, TouchpointKind Kind, double Gap, double Anger)> Touchpoints { get; } = [];
    public List<WordOfMouth> Sent { get; } = [];
    public List<(LifeEvent Event, int Brand)> Notes { get; } = [];

    public double this[int brand, Counter counter] => Counts.GetValueOrDefault((brand, counter));

    public void Count(int brand, Counter counter, double amount = 1) =>
        Counts[(brand, counter)] = Counts.GetValueOrDefault((brand, counter)) + amount;

    public void Touchpoint(int brand, TouchpointKind kind, double gap, double angerCaused) =>
        Touchpoints.Add((brand, kind, gap, angerCaused));

    public void Send(in WordOfMouth message) => Sent.Add(message);

    public void Note(LifeEvent lifeEvent, int brand) => Notes.Add((lifeEvent, brand));
}
