using Simulator.Model.Metrics;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="CounterEntry"/>.</summary>
[GenerateSerializer]
public struct CounterEntrySurrogate
{
    /// <summary>Brand index.</summary>
    [Id(0)] public byte Brand;
    /// <summary>Counter.</summary>
    [Id(1)] public Counter Counter;
    /// <summary>Fixed-point amount.</summary>
    [Id(2)] public long Amount;
}

/// <summary>Converts <see cref="CounterEntry"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CounterEntryConverter : IConverter<CounterEntry, CounterEntrySurrogate>
{
    /// <inheritdoc />
    public CounterEntry ConvertFromSurrogate(in CounterEntrySurrogate s) => new(s.Brand, s.Counter, s.Amount);

    /// <inheritdoc />
    public CounterEntrySurrogate ConvertToSurrogate(in CounterEntry e) => new() { Brand = e.Brand, Counter = e.Counter, Amount = e.Amount };
}
