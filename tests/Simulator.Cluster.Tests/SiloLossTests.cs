using System.Text.Json;
using System.Text.RegularExpressions;
using Simulator.Cluster.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Cluster.Tests;

/// <summary>
/// A silo killed mid-run (SIGKILL): without checkpoints the run stops with a message naming the silo
/// and the week, and its results say they are incomplete; with checkpoints it resumes on the silos
/// left and ends with the same numbers.
/// </summary>
[Collection(ClusterCollection.Name)]
public class SiloLossTests(RedisServer redis)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_silo_killed_mid_run_stops_the_run_promptly_naming_the_silo_and_the_week()
    {
        var cluster = "loss-" + Guid.NewGuid().ToString("N")[..8];
        var root = Directory.CreateTempSubdirectory("cxsim-cluster-").FullName;
        await using var first = await SiloProcess.StartAsync(redis, cluster);
        await using var second = await SiloProcess.StartAsync(redis, cluster);
        try
        {
            // Long enough that it is still running when the silo dies.
            await using var client = CxsimProcess.Start(["run", "baseline", "-n", "2000", "-w", "1500", "--burn-in", "0", "--redis", redis.Endpoint, "--cluster-id", cluster, "--out", root]);
            await client.WaitForOutputAsync("10%", TimeSpan.FromMinutes(3));
            second.Kill();
            var killed = System.Diagnostics.Stopwatch.StartNew();

            Assert.True(await client.WaitForExitAsync(TimeSpan.FromSeconds(90)), "the run did not stop after the silo was killed:\n" + client.Output + client.Error);
            Assert.True(killed.Elapsed < TimeSpan.FromSeconds(60), $"stopping took {killed.Elapsed}");
            Assert.Equal(1, client.ExitCode);
            Assert.Matches($@"error: the run stopped: silo {Regex.Escape(second.Address)} was lost during week \d+ of replicate 0\.", client.Error);

            var folder = Cxsim.RunFolder(root, "baseline");
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
            Assert.False(summary.RootElement.GetProperty("completed").GetBoolean());
            Assert.Contains(second.Address, summary.RootElement.GetProperty("stoppedBecause").GetString());
            var weeks = summary.RootElement.GetProperty("weeksRun")[0].GetInt32();
            Assert.InRange(weeks, 150, 1499);
            Assert.Contains($"was lost during week {weeks} of replicate 0", client.Error);
            Assert.Contains("INCOMPLETE RUN", File.ReadAllText(Path.Combine(folder, "report.html")));
            Assert.Equal(weeks + 1, File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Select(l => l.Split(',')[1]).Distinct().Count());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task With_checkpoints_a_run_survives_a_killed_silo_with_the_same_numbers()
    {
        var cluster = "survive-" + Guid.NewGuid().ToString("N")[..8];
        var root = Directory.CreateTempSubdirectory("cxsim-cluster-").FullName;
        await using var first = await SiloProcess.StartAsync(redis, cluster, checkpointIntervalWeeks: 10);
        // One silo takes the interval from its environment, the other from the command line.
        await using var second = await SiloProcess.StartAsync(redis, cluster, "--checkpoint-weeks", "10");
        try
        {
            await using var client = CxsimProcess.Start(["run", "baseline", "-n", "2000", "-w", "400", "--burn-in", "0", "--redis", redis.Endpoint, "--cluster-id", cluster, "--out", root]);
            await client.WaitForOutputAsync("10%", TimeSpan.FromMinutes(3));
            second.Kill();

            Assert.True(await client.WaitForExitAsync(TimeSpan.FromMinutes(3)), "the run did not finish after the silo was killed:\n" + client.Output + client.Error);
            Assert.True(client.ExitCode == 0, client.Output + client.Error);
            Assert.Matches($@"warning: silo {Regex.Escape(second.Address)} was lost during week \d+ of replicate 0; resumed from the checkpoint of week \d+ on 1 silo\(s\)\.", client.Error);
            Assert.Contains($"Shards on 1 silo(s): {first.Address} (40).", client.Output);

            var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.json")).WithRun(customers: 2000, weeks: 400, burnInWeeks: 0);
            var folder = Cxsim.RunFolder(root, "baseline");
            Assert.Equal(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario)), File.ReadAllText(Path.Combine(folder, "metrics.csv")));
            using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
            Assert.True(summary.RootElement.GetProperty("completed").GetBoolean());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
