using Simulator.Model.Market;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="BrandConditions"/>.</summary>
[GenerateSerializer]
public struct BrandConditionsSurrogate
{
    /// <summary>Overload.</summary>
    [Id(0)] public double Overload;
    /// <summary>Customer share.</summary>
    [Id(1)] public double CustomerShare;
    /// <summary>Process knowledge.</summary>
    [Id(2)] public double ProcessKnowledge;
}

/// <summary>Converts <see cref="BrandConditions"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class BrandConditionsConverter : IConverter<BrandConditions, BrandConditionsSurrogate>
{
    /// <inheritdoc />
    public BrandConditions ConvertFromSurrogate(in BrandConditionsSurrogate s) => new(s.Overload, s.CustomerShare, s.ProcessKnowledge);

    /// <inheritdoc />
    public BrandConditionsSurrogate ConvertToSurrogate(in BrandConditions c) => new() { Overload = c.Overload, CustomerShare = c.CustomerShare, ProcessKnowledge = c.ProcessKnowledge };
}
