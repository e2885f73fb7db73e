using Simulator.Model.Customers;

namespace Simulator.Model.Metrics;

/// <summary>How many touchpoints of each kind a row counts, compared by value (rows of two engines are equal when their counts are).</summary>
public readonly struct TouchpointCounts : IEquatable<TouchpointCounts>
{
    private readonly long[]? _counts;

    /// <summary>Counts in the order of <see cref="TouchpointKinds.All"/>.</summary>
    public TouchpointCounts(long[] counts) => _counts = counts;

    /// <summary>The touchpoints of <paramref name="kind"/>.</summary>
    public long this[TouchpointKind kind] => _counts is null ? 0 : _counts[(int)kind];

    /// <summary>Whether two rows counted the same touchpoints.</summary>
    public static bool operator ==(TouchpointCounts left, TouchpointCounts right) => left.Equals(right);

    /// <summary>Whether two rows counted different touchpoints.</summary>
    public static bool operator !=(TouchpointCounts left, TouchpointCounts right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TouchpointCounts other) => (_counts ?? []).AsSpan().SequenceEqual(other._counts ?? []);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TouchpointCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in _counts ?? [])
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }
}
