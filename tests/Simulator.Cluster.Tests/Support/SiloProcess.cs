using System.Text.RegularExpressions;
using Simulator.Grains.Hosting;

namespace Simulator.Cluster.Tests.Support;

/// <summary>A <c>cxsim silo</c> process joined to a test cluster on free ports.</summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    /// <summary>Customers per shard on the test silos: small, so even a small run has shards to spread.</summary>
    public const int ShardSize = 50;

    private SiloProcess(CxsimProcess process, string address)
    {
        Process = process;
        Address = address;
    }

    public CxsimProcess Process { get; }

    /// <summary>The silo's address as Orleans prints it, e.g. S127.0.0.1:41234:154603830.</summary>
    public string Address { get; }

    /// <summary>Starts a silo of cluster <paramref name="clusterId"/> and waits until it has joined.</summary>
    public static Task<SiloProcess> StartAsync(RedisServer redis, string clusterId, params string[] extra) => StartAsync(redis, clusterId, checkpointIntervalWeeks: 0, extra);

    /// <summary>Starts a silo that checkpoints every <paramref name="checkpointIntervalWeeks"/> weeks (0: never).</summary>
    public static async Task<SiloProcess> StartAsync(RedisServer redis, string clusterId, int checkpointIntervalWeeks, params string[] extra)
    {
        var process = CxsimProcess.Start(
            ["silo", "--redis", redis.Endpoint, "--cluster-id", clusterId, "--silo-port", FreePorts.Next().ToString(), "--gateway-port", FreePorts.Next().ToString(), .. extra],
            new Dictionary<string, string>
            {
                ["CustomerSimulation__ShardSize"] = ShardSize.ToString(),
                ["CustomerSimulation__CheckpointIntervalWeeks"] = checkpointIntervalWeeks.ToString(),
            });
        await process.WaitForOutputAsync("joined cluster", TimeSpan.FromSeconds(90));
        return new SiloProcess(process, Joined().Match(process.Output).Groups[1].Value);
    }

    public void Kill() => Process.Kill();

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    [GeneratedRegex(@"silo (S\S+) joined cluster")]
    private static partial Regex Joined();
}
