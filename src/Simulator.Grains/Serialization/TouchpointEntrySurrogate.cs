using Simulator.Model.Customers;
using Simulator.Model.Metrics;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="TouchpointEntry"/>.</summary>
[GenerateSerializer]
public struct TouchpointEntrySurrogate
{
    /// <summary>Brand index.</summary>
    [Id(0)] public byte Brand;
    /// <summary>Kind.</summary>
    [Id(1)] public TouchpointKind Kind;
    /// <summary>Fixed-point gap.</summary>
    [Id(2)] public long Gap;
    /// <summary>Fixed-point anger.</summary>
    [Id(3)] public long Anger;
}

/// <summary>Converts <see cref="TouchpointEntry"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class TouchpointEntryConverter : IConverter<TouchpointEntry, TouchpointEntrySurrogate>
{
    /// <inheritdoc />
    public TouchpointEntry ConvertFromSurrogate(in TouchpointEntrySurrogate s) => new(s.Brand, s.Kind, s.Gap, s.Anger);

    /// <inheritdoc />
    public TouchpointEntrySurrogate ConvertToSurrogate(in TouchpointEntry e) => new() { Brand = e.Brand, Kind = e.Kind, Gap = e.Gap, Anger = e.Anger };
}
