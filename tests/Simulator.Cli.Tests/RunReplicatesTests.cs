using System.Text.Json;
using Xunit;

namespace Simulator.Cli.Tests;

public class RunReplicatesTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_run_with_replicates_writes_metrics_summary_csv_and_prints_interval_half_widths()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("run", "baseline", "--customers", "300", "--weeks", "10", "--burn-in", "0", "--replicates", "3", "--engine", "reference", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "baseline")));
        var summary = (await File.ReadAllLinesAsync(Path.Combine(directory, "metrics-summary.csv"))).Select(l => l.Split(',')).ToArray();
        Assert.Equal(["week", "brand", "segment", "replicates", "prospects_mean", "prospects_ci_low", "prospects_ci_high"], summary[0][..7]);
        Assert.Equal(1 + 10 * 2 * 4, summary.Length); // weeks x brands x (3 segments + all)
        Assert.All(summary.Skip(1), f => Assert.Equal("3", f[3]));
        Assert.All(summary.Skip(1), f => Assert.NotEqual(string.Empty, f[Array.IndexOf(summary[0], "nps_ci_low")]));
        Assert.Equal(1 + 3 * 10 * 2 * 4, (await File.ReadAllLinesAsync(Path.Combine(directory, "metrics.csv"))).Length);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.Equal(3, json.RootElement.GetProperty("replicatesRun").GetInt32());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("headlines")[0].GetProperty("intervals").GetProperty("finalNps").GetProperty("ciLow").ValueKind);

        Assert.Contains("±", run.Output);
        Assert.Contains("means of 3 replicates", run.Output);
    }
}
