using Simulator.Cluster.Tests.Support;
using Simulator.Grains.Hosting;
using Xunit;

namespace Simulator.Cluster.Tests;

/// <summary>cxsim silo and run --redis: the dashboard, and every way of not reaching a cluster.</summary>
[Collection(ClusterCollection.Name)]
public class ClusterCommandTests(RedisServer redis)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_dashboard_shows_the_silo_on_loopback()
    {
        var port = FreePorts.Next();
        await using var silo = await SiloProcess.StartAsync(redis, "dashboard-" + Guid.NewGuid().ToString("N")[..8], "--dashboard", "--dashboard-port", port.ToString());

        // The silo prints its dashboard's address on the line after the one it joined with: wait for it.
        await silo.Process.WaitForOutputAsync($"dashboard: http://127.0.0.1:{port}/", TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        Assert.Contains("<title>Orleans Dashboard</title>", await http.GetStringAsync(""));
        // The dashboard's host list fills on its own timer, with no signal to wait for; asking it about the
        // silo by its address calls that silo at once, so the answer proves the dashboard reaches it.
        // S127.0.0.1:41971:155200348 is 127.0.0.1:41971@155200348 to the dashboard.
        var last = silo.Address.LastIndexOf(':');
        var properties = await http.GetStringAsync($"SiloProperties/{silo.Address[1..last]}@{silo.Address[(last + 1)..]}");

        Assert.Contains("\"orleansVersion\":", properties);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_run_on_a_cluster_with_no_silo_says_so()
    {
        var run = await Cxsim.RunAsync("run", "baseline", "-n", "100", "-w", "2", "--redis", redis.Endpoint, "--cluster-id", "nobody-here");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: no silo of cluster 'nobody-here' (service 'cxsim') answers; the membership table is in Redis at {redis.Endpoint}. Start one with 'cxsim silo --redis {redis.Endpoint} --cluster-id nobody-here'.", run.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_comparison_on_a_cluster_with_no_silo_says_so()
    {
        var run = await Cxsim.RunAsync("compare", "baseline", "effortless-service", "-n", "100", "-w", "2", "--redis", redis.Endpoint, "--cluster-id", "nobody-here-either");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: no silo of cluster 'nobody-here-either' (service 'cxsim') answers", run.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Unreachable_redis_is_named_by_run_and_by_silo()
    {
        var nowhere = $"127.0.0.1:{FreePorts.Next()}";

        var run = await Cxsim.RunAsync("run", "baseline", "-n", "100", "-w", "2", "--redis", nowhere);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: cannot reach Redis at {nowhere}", run.Error);

        await using var silo = CxsimProcess.Start(["silo", "--redis", nowhere]);
        Assert.True(await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, silo.ExitCode);
        Assert.Contains($"error: cannot reach Redis at {nowhere}", silo.Error);
    }

    [Theory]
    [InlineData(new[] { "silo", "--redis", "127.0.0.1:6379", "--host", "somewhere" }, "--host 'somewhere' is not an IP address")]
    [InlineData(new[] { "silo", "--redis", "127.0.0.1:6379", "--silo-port", "70000" }, "--silo-port 70000 is out of range; allowed: 0 (any free port) to 65535.")]
    [InlineData(new[] { "silo", "--redis", "127.0.0.1:6379", "--cluster-id", "a b" }, "--cluster-id 'a b' is not allowed; allowed: 1 to 64 letters, digits, '-', '_' or '.'.")]
    [InlineData(new[] { "silo" }, "Option '--redis' is required.")]
    [InlineData(new[] { "silo", "--redis", "127.0.0.1:6379", "--checkpoint-weeks", "-1" }, "--checkpoint-weeks -1 is out of range; allowed: 0 (never) to 5200.")]
    [InlineData(new[] { "run", "baseline", "--redis", "127.0.0.1:6379", "--engine", "reference" }, "--redis runs the Orleans engine on a cluster; it cannot be combined with --engine reference.")]
    [InlineData(new[] { "compare", "baseline", "effortless-service", "--redis", "127.0.0.1:6379", "--engine", "reference" }, "--redis runs the Orleans engine on a cluster; it cannot be combined with --engine reference.")]
    [InlineData(new[] { "sweep", "baseline", "--vary", "policy.serviceEffort=0.2,0.8", "--redis", "127.0.0.1:6379", "--engine", "reference" }, "--redis runs the Orleans engine on a cluster; it cannot be combined with --engine reference.")]
    [InlineData(new[] { "compare", "baseline", "effortless-service", "--redis", "127.0.0.1:6379", "--cluster-id", "a b" }, "--cluster-id 'a b' is not allowed")]
    [Trait("Category", "Slow")]
    public async Task Bad_cluster_arguments_are_refused_before_anything_starts(string[] args, string expected)
    {
        var outcome = await Cxsim.RunAsync(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.Error);
    }
}
