using Simulator.Cluster.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Cluster.Tests;

/// <summary>Same scenario and seed, same bytes, on one, two and three silos, and on the reference engine.</summary>
[Collection(ClusterCollection.Name)]
public class DeterminismTests(RedisServer redis)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Metrics_are_byte_identical_on_one_two_and_three_silos_and_equal_the_reference_engines()
    {
        var cluster = "determinism-" + Guid.NewGuid().ToString("N")[..8];
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "strategy-shift.json")).WithRun(customers: 2400, weeks: 16, burnInWeeks: 6, replicates: 2);
        var expected = MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario));
        var silos = new List<SiloProcess>();
        var root = Directory.CreateTempSubdirectory("cxsim-cluster-").FullName;
        try
        {
            for (var count = 1; count <= 3; count++)
            {
                silos.Add(await SiloProcess.StartAsync(redis, cluster));
                var output = Path.Combine(root, count.ToString());
                var run = await Cxsim.RunAsync("run", "strategy-shift", "-n", "2400", "-w", "16", "--burn-in", "6", "-r", "2", "--redis", redis.Endpoint, "--cluster-id", cluster, "--out", output);

                Assert.True(run.ExitCode == 0, run.Output + run.Error);
                // 2,400 customers in shards of 50: 48 shards spread over every silo.
                Assert.Contains($"Shards on {count} silo(s): ", run.Output);
                Assert.All(silos, silo => Assert.Contains(silo.Address, run.Output));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(Cxsim.RunFolder(output, "strategy-shift"), "metrics.csv")));
            }
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
