using Simulator.Model.Market;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="WordOfMouth"/>.</summary>
[GenerateSerializer]
public struct WordOfMouthSurrogate
{
    /// <summary>Sender id.</summary>
    [Id(0)] public int Sender;
    /// <summary>Recipient id.</summary>
    [Id(1)] public int Recipient;
    /// <summary>Brand index.</summary>
    [Id(2)] public byte Brand;
    /// <summary>Recommendation (true) or warning.</summary>
    [Id(3)] public bool Positive;
}

/// <summary>Converts <see cref="WordOfMouth"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class WordOfMouthConverter : IConverter<WordOfMouth, WordOfMouthSurrogate>
{
    /// <inheritdoc />
    public WordOfMouth ConvertFromSurrogate(in WordOfMouthSurrogate s) => new(s.Sender, s.Recipient, s.Brand, s.Positive);

    /// <inheritdoc />
    public WordOfMouthSurrogate ConvertToSurrogate(in WordOfMouth m) => new() { Sender = m.Sender, Recipient = m.Recipient, Brand = m.Brand, Positive = m.Positive };
}
