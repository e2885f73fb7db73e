namespace Simulator.Grains.Shards;

/// <summary>Which customers a shard owns: contiguous ranges of ids of equal size (the last may be shorter).</summary>
/// <param name="Customers">Population size.</param>
/// <param name="ShardSize">Customers per shard.</param>
public readonly record struct ShardLayout(int Customers, int ShardSize)
{
    /// <summary>Number of shards.</summary>
    public int Count => (Customers + ShardSize - 1) / ShardSize;

    /// <summary>The shard owning customer <paramref name="customer"/>.</summary>
    public int ShardOf(int customer) => customer / ShardSize;

    /// <summary>The first customer and the number of customers of shard <paramref name="shard"/>.</summary>
    public (int First, int Count) RangeOf(int shard)
    {
        var first = shard * ShardSize;
        return (first, Math.Min(ShardSize, Customers - first));
    }
}
