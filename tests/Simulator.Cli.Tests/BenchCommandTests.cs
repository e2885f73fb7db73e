using Simulator.Cli.Benchmarks;
using Xunit;

namespace Simulator.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_scale_runner_measures_each_population_and_writes_a_report_with_a_chart()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("bench", "scale", "--customers", "400,900", "--weeks", "4", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = Assert.Single(Directory.GetFiles(folder.Path, "scale-*.md"));
        var text = await File.ReadAllTextAsync(report);
        Assert.Contains("| 400 | 4 | 1 |", text);
        Assert.Contains("| 900 | 4 | 1 |", text);
        Assert.Contains("cores", text);
        Assert.Single(Directory.GetFiles(folder.Path, "scale-*.png"));
        Assert.Single(Directory.GetFiles(folder.Path, "scale-*.svg"));
    }

    [Fact]
    public async Task A_population_that_cannot_fit_is_refused_before_anything_starts()
    {
        var run = await Cxsim.RunAsync("run", "baseline", "--customers", "100000000");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("100,000,000-customer run on the orleans engine needs about", run.Error);
        Assert.Contains("--allow-large", run.Error);
    }

    [Theory]
    [InlineData("orleans", 1_000_000, 8_000_000_000L, true)]
    [InlineData("orleans", 5_000_000, 8_000_000_000L, false)]
    [InlineData("orleans", 5_000_000, 24_000_000_000L, true)]
    [InlineData("reference", 20_000_000, 8_000_000_000L, true)]
    public void The_memory_guard_compares_the_estimate_with_what_is_available(string engine, long customers, long available, bool fits) =>
        Assert.Equal(fits, MemoryGuard.Check(Simulator.Cli.Hosting.EngineKinds.Parse(engine), customers, available) is null);

    [Fact]
    public async Task A_bad_population_list_is_refused()
    {
        var run = await Cxsim.RunAsync("bench", "scale", "--customers", "10k");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--customers '10k' is not a population", run.Error);
    }
}
