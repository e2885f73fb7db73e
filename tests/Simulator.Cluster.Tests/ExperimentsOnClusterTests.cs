using Simulator.Cluster.Tests.Support;
using Xunit;

namespace Simulator.Cluster.Tests;

/// <summary>compare, sweep and calibrate with --redis: their runs on a cluster of two silo processes, the same numbers as here.</summary>
[Collection(ClusterCollection.Name)]
public class ExperimentsOnClusterTests(RedisServer redis)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Compare_sweep_and_calibrate_on_two_silos_give_the_numbers_of_the_reference_engine_here()
    {
        var cluster = "experiments-" + Guid.NewGuid().ToString("N")[..8];
        var root = Directory.CreateTempSubdirectory("cxsim-experiments-").FullName;
        await using var first = await SiloProcess.StartAsync(redis, cluster);
        await using var second = await SiloProcess.StartAsync(redis, cluster);
        string[] onCluster = ["--redis", redis.Endpoint, "--cluster-id", cluster];
        try
        {
            // compare: every scenario's metrics and the comparison itself.
            string[] compare = ["compare", "baseline", "effortless-service", "-n", "600", "-w", "10", "--burn-in", "4", "-r", "2"];
            await Ok(Cxsim.RunAsync([.. compare, .. onCluster, "--out", Path.Combine(root, "compare-cluster")]));
            await Ok(Cxsim.RunAsync([.. compare, "--engine", "reference", "--out", Path.Combine(root, "compare-here")]));
            foreach (var file in new[] { "comparison.csv", "worth.csv", Path.Combine("baseline", "metrics.csv"), Path.Combine("effortless-service", "metrics.csv") })
            {
                Assert.Equal(Read(root, "compare-here", "compare", file), Read(root, "compare-cluster", "compare", file));
            }

            // sweep: the runs of every point, in whatever order they finished.
            string[] sweep = ["sweep", "baseline", "--vary", "policy.serviceEffort=0.2,0.8", "-n", "400", "-w", "6", "--burn-in", "3", "-r", "2"];
            var swept = await Ok(Cxsim.RunAsync([.. sweep, .. onCluster, "--out", Path.Combine(root, "sweep-cluster")]));
            Assert.Contains($"over cluster '{cluster}'", swept.Output, StringComparison.Ordinal);
            await Ok(Cxsim.RunAsync([.. sweep, "--engine", "reference", "--out", Path.Combine(root, "sweep-here")]));
            Assert.Equal(Sorted(Read(root, "sweep-here", Path.Combine("sweeps", "baseline"), "runs.csv")), Sorted(Read(root, "sweep-cluster", Path.Combine("sweeps", "baseline"), "runs.csv")));

            // calibrate: three evaluations, the same fit.
            string[] calibrate = ["calibrate", "baseline", "--retention", Table("fader-hardie-high-end.csv"), "--fit", "segments.*.meanNeedWeeks", "--bounds", "segments.*.meanNeedWeeks=20:2000",
                "--fit-periods", "1-3", "--period-weeks", "8", "--customers", "300", "--burn-in", "0", "--max-evaluations", "3"];
            var calibrated = await Ok(Cxsim.RunAsync([.. calibrate, .. onCluster, "--out", Path.Combine(root, "calibrate-cluster")]));
            Assert.Contains($"orleans engine on cluster '{cluster}'", calibrated.Output, StringComparison.Ordinal);
            await Ok(Cxsim.RunAsync([.. calibrate, "--out", Path.Combine(root, "calibrate-here")]));
            Assert.Equal(Read(root, "calibrate-here", Path.Combine("calibration", "baseline"), "retention.csv"), Read(root, "calibrate-cluster", Path.Combine("calibration", "baseline"), "retention.csv"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<Cxsim.Outcome> Ok(Task<Cxsim.Outcome> running)
    {
        var outcome = await running;
        Assert.True(outcome.ExitCode == 0, outcome.Output + outcome.Error);
        return outcome;
    }

    // The one result folder under root/output/kind, and a file in it.
    private static string Read(string root, string output, string kind, string file) =>
        File.ReadAllText(Path.Combine(Assert.Single(Directory.GetDirectories(Path.Combine(root, output, kind))), file));

    private static string[] Sorted(string csv) => [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static string Table(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "retention", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(name);
    }
}
