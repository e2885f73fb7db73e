using Simulator.Model.Metrics;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="TickAggregate"/>: its shape and its four integer arrays.</summary>
[GenerateSerializer]
public struct TickAggregateSurrogate
{
    /// <summary>Brands.</summary>
    [Id(0)] public int Brands;
    /// <summary>Segments.</summary>
    [Id(1)] public int Segments;
    /// <summary>Weeks.</summary>
    [Id(2)] public int Weeks;
    /// <summary>Measures and counters.</summary>
    [Id(3)] public long[] Cells;
    /// <summary>Touchpoint fields.</summary>
    [Id(4)] public long[] Touchpoints;
    /// <summary>Cohort counts.</summary>
    [Id(5)] public long[] Cohorts;
    /// <summary>Brand gauges.</summary>
    [Id(6)] public long[] Gauges;
}

/// <summary>Converts <see cref="TickAggregate"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class TickAggregateConverter : IConverter<TickAggregate, TickAggregateSurrogate>
{
    /// <inheritdoc />
    public TickAggregate ConvertFromSurrogate(in TickAggregateSurrogate s) =>
        new(s.Brands, s.Segments, s.Weeks, s.Cells, s.Touchpoints, s.Cohorts, s.Gauges);

    /// <inheritdoc />
    public TickAggregateSurrogate ConvertToSurrogate(in TickAggregate a) => new()
    {
        Brands = a.Brands,
        Segments = a.Segments,
        Weeks = a.Weeks,
        Cells = a.Cells,
        Touchpoints = a.Touchpoints,
        Cohorts = a.Cohorts,
        Gauges = a.Gauges,
    };
}
