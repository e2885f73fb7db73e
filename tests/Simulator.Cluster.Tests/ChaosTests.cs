using System.Text.RegularExpressions;
using Simulator.Cluster.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Cluster.Tests;

/// <summary>
/// The chaos check: three silo processes with checkpoints, one killed with SIGKILL three times during
/// one run, a fresh silo joining after each kill; the run still ends with the reference engine's bytes.
/// </summary>
[Collection(ClusterCollection.Name)]
public class ChaosTests(RedisServer redis, ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_run_survives_three_killed_silos_with_fresh_ones_joining_and_ends_with_the_reference_engines_bytes()
    {
        var cluster = "chaos-" + Guid.NewGuid().ToString("N")[..8];
        var root = Directory.CreateTempSubdirectory("cxsim-chaos-").FullName;
        var silos = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                silos.Add(await SiloProcess.StartAsync(redis, cluster, checkpointIntervalWeeks: 10));
            }

            await using var client = CxsimProcess.Start(["run", "strategy-shift", "-n", "2000", "-w", "500", "--burn-in", "0", "--redis", redis.Endpoint, "--cluster-id", cluster, "--out", root]);
            // The first silo stays (the client's gateway may be any, and Orleans moves it); each kill takes
            // the silo that has been up longest after it, then a fresh one joins.
            var killed = new List<string>();
            // Kills early enough that the run still has weeks to lose after the last one.
            foreach (var mark in new[] { " 20%", " 40%", " 60%" })
            {
                await client.WaitForOutputAsync(mark, TimeSpan.FromMinutes(4));
                var victim = silos[1];
                victim.Kill();
                killed.Add(victim.Address);
                silos.Remove(victim);
                await victim.DisposeAsync();
                silos.Add(await SiloProcess.StartAsync(redis, cluster, checkpointIntervalWeeks: 10));
            }

            Assert.True(await client.WaitForExitAsync(TimeSpan.FromMinutes(5)), "the run did not finish after the kills:\n" + client.Output + client.Error);
            Assert.True(client.ExitCode == 0, client.Output + client.Error);
            var resumes = Regex.Matches(client.Error, @"warning: silo (\S+) was lost during week (\d+) of replicate 0; resumed from the checkpoint of week (\d+) on (\d+) silo\(s\)\.");
            foreach (Match resume in resumes)
            {
                output.WriteLine(resume.Value);
            }

            // Every killed silo held shards when it died (a resume places them on every silo up), so each kill was a resume.
            Assert.Equal(killed, resumes.Select(r => r.Groups[1].Value));
            var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "strategy-shift.json")).WithRun(customers: 2000, weeks: 500, burnInWeeks: 0);
            Assert.Equal(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario)), File.ReadAllText(Path.Combine(Cxsim.RunFolder(root, "strategy-shift"), "metrics.csv")));
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }

            Directory.Delete(root, recursive: true);
        }
    }
}
