using System.Globalization;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Cli.Tests;

public class RobustCompareTests
{
    private static readonly string[] Small = ["--customers", "200", "--weeks", "10", "--burn-in", "2", "--replicates", "2", "--parameters", "model.effortEase,model.trustGain"];

    private static Scenario Shipped(string name) =>
        ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".json")).WithRun(customers: 200, weeks: 10, burnInWeeks: 2, replicates: 2);

    [Fact]
    public async Task Each_set_is_the_comparison_run_with_its_values_and_the_files_say_how_often_the_scenario_wins()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["compare", "baseline", "effortless-service", "--uncertain", "6", .. Small, "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "robust")));
        foreach (var file in new[] { "robust.csv", "influence.csv", "sets.csv", "report.html", "difference-final_nps-effortless-service.png", "influence-final_nps-effortless-service.svg" })
        {
            Assert.True(File.Exists(Path.Combine(directory, file)), file);
        }

        // Set 0 of effortless-service, re-run here with its values, gives the final NPS sets.csv holds.
        var sets = await File.ReadAllLinesAsync(Path.Combine(directory, "sets.csv"));
        Assert.Equal(1 + 6 * 2, sets.Length);
        var header = sets[0].Split(',');
        var row = sets.Skip(1).Select(l => l.Split(',')).First(f => f[0] == "0" && f[1] == "effortless-service");
        var scenario = Shipped("effortless-service");
        foreach (var path in new[] { "model.effortEase", "model.trustGain" })
        {
            scenario = ScenarioParameters.With(scenario, path, double.Parse(row[Array.IndexOf(header, path)], CultureInfo.InvariantCulture));
        }

        var result = new ReferenceEngine().Run(scenario);
        var expected = Enumerable.Range(0, 2).Select(r => Headlines.Of(result, r, 0).FinalNps).Average();
        Assert.Equal(expected, double.Parse(row[Array.IndexOf(header, "final_nps")], CultureInfo.InvariantCulture), 4);

        var robust = await File.ReadAllLinesAsync(Path.Combine(directory, "robust.csv"));
        Assert.StartsWith("figure,reference,scenario,sets,mean_difference,", robust[0]);
        Assert.Contains(robust, l => l.StartsWith("final_nps,baseline,effortless-service,6,", StringComparison.Ordinal));
        Assert.Contains("P(beats)", run.Output);
        Assert.Contains("Final NPS: effortless-service beats baseline in ", run.Output);
        Assert.Contains("--uncertain 6 --parameters model.effortEase,model.trustGain", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }

    [Fact]
    public async Task A_scenario_compared_with_itself_ties_in_every_set()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["compare", "baseline", "baseline", "--uncertain", "4", .. Small, "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "robust")));
        var robust = (await File.ReadAllLinesAsync(Path.Combine(directory, "robust.csv"))).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.NotEmpty(robust);
        // Common random numbers: the same scenario, the same numbers, a difference of exactly zero.
        Assert.All(robust, r => Assert.Equal(("0", "0", "0"), (r[4], r[8], r[9])));
        Assert.All(robust, r => Assert.Equal("0", r[10]));
    }

    [Theory]
    [InlineData(new[] { "--parameters", "model.trustGain" }, "--parameters chooses what --uncertain draws; give --uncertain N too")]
    [InlineData(new[] { "--uncertain", "1" }, "--uncertain 1 is out of range; allowed: 2 to 10,000 parameter sets.")]
    [InlineData(new[] { "--uncertain", "4", "--parameters", "model.nothing*" }, "--parameters model.nothing* matches no setting of 'baseline'")]
    [InlineData(new[] { "--uncertain", "4", "--parameters", "brands.*.policy.serviceEffort" }, "is a policy lever; a drawn value would be set alike in every scenario")]
    public async Task Bad_requests_are_refused_naming_the_option(string[] args, string expected)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["compare", "baseline", "effortless-service", "--out", folder.Path, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "robust")));
    }
}
