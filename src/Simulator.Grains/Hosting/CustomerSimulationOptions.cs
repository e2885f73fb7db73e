namespace Simulator.Grains.Hosting;

/// <summary>Settings of the customer simulation on a silo, with named defaults.</summary>
public sealed class CustomerSimulationOptions
{
    /// <summary>Default customers per shard grain.</summary>
    public const int DefaultShardSize = 1000;

    /// <summary>Default number of customers a shard activates at once.</summary>
    public const int DefaultActivationBatchSize = 250;

    /// <summary>Default number of shards initialised at once.</summary>
    public const int DefaultShardInitializationConcurrency = 8;

    /// <summary>Default idle time before a grain is collected: longer than any run, so customers are never collected mid-run.</summary>
    public static readonly TimeSpan DefaultCollectionAge = TimeSpan.FromHours(12);

    /// <summary>Default time a grain call may take before it fails: a week of a large population takes seconds, activation longer.</summary>
    public static readonly TimeSpan DefaultResponseTimeout = TimeSpan.FromMinutes(10);

    /// <summary>No checkpoints unless asked for: the embedded silo has nothing to survive.</summary>
    public const int DefaultCheckpointIntervalWeeks = 0;

    /// <summary>Blocks chosen adaptively unless a length is set.</summary>
    public const int DefaultBlockWeeks = 0;

    /// <summary>The longest block the adaptive choice goes to.</summary>
    public const int DefaultMaxBlockWeeks = 16;

    /// <summary>The longest block allowed: a week's round is kept in a byte, and a block holds every customer's weeks.</summary>
    public const int BlockWeeksLimit = 64;

    /// <summary>Customers per shard grain (contiguous ids).</summary>
    public int ShardSize { get; set; } = DefaultShardSize;

    /// <summary>Customers a shard activates at once: staging activation keeps a million first calls from overrunning the response timeout.</summary>
    public int ActivationBatchSize { get; set; } = DefaultActivationBatchSize;

    /// <summary>Shards the simulation grain initialises at once.</summary>
    public int ShardInitializationConcurrency { get; set; } = DefaultShardInitializationConcurrency;

    /// <summary>Idle time before a grain is collected.</summary>
    public TimeSpan CollectionAge { get; set; } = DefaultCollectionAge;

    /// <summary>Time a grain call may take before it fails.</summary>
    public TimeSpan ResponseTimeout { get; set; } = DefaultResponseTimeout;

    /// <summary>
    /// Weeks between checkpoints of a replicate (every customer and the word of mouth in flight,
    /// written to the "checkpoints" grain storage); 0 for none.
    /// </summary>
    public int CheckpointIntervalWeeks { get; set; } = DefaultCheckpointIntervalWeeks;

    /// <summary>
    /// Weeks each customer runs per grain call: 0 to choose adaptively (between the information lag and
    /// <see cref="MaxBlockWeeks"/>, from how much of the last block had to run again), else that many. Weeks
    /// beyond the information lag run on predicted inputs and are run again, exactly, where the actual ones differ.
    /// </summary>
    public int BlockWeeks { get; set; } = DefaultBlockWeeks;

    /// <summary>The longest block the adaptive choice (<see cref="BlockWeeks"/> 0) goes to.</summary>
    public int MaxBlockWeeks { get; set; } = DefaultMaxBlockWeeks;
}
