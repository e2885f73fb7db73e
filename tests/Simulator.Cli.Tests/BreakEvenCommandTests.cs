using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Cli.Tests;

public partial class BreakEvenCommandTests
{
    [Fact]
    public async Task At_the_break_even_cost_found_the_two_scenarios_make_the_same_profit()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("compare", "acquisition-focus", "effortless-service", "--break-even", "market.resolutionPremium=0:10", "--points", "5",
            "--customers", "300", "--weeks", "20", "--burn-in", "4", "--replicates", "3", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "break-even")));
        Assert.Equal(1 + 5, (await File.ReadAllLinesAsync(Path.Combine(directory, "break-even.csv"))).Length);
        Assert.True(File.Exists(Path.Combine(directory, "break-even.png")));
        var match = Verdict().Match(run.Output.ReplaceLineEndings(" "));
        Assert.True(match.Success, run.Output);
        var cost = double.Parse(match.Groups["cost"].Value, CultureInfo.InvariantCulture);

        // The resolution premium only enters the accounts, so the interpolation is exact: at that cost the profits are level.
        double Profit(string name)
        {
            var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", name + ".json")).WithRun(customers: 300, weeks: 20, burnInWeeks: 4, replicates: 3);
            var result = new ReferenceEngine().Run(ScenarioParameters.With(scenario, "market.resolutionPremium", cost));
            return Enumerable.Range(0, 3).Average(r => Headlines.Of(result, r, 0).Profit);
        }

        Assert.InRange(Profit("effortless-service") - Profit("acquisition-focus"), -1.0, 1.0);
    }

    [Theory]
    [InlineData(new[] { "baseline", "effortless-service", "prevention-first", "--break-even", "market.unitCost=1:5" }, "--break-even compares exactly two scenarios (given: 3)")]
    [InlineData(new[] { "baseline", "effortless-service", "--break-even", "market.unitCost=5:1" }, "FROM 5 is greater than TO 1")]
    [InlineData(new[] { "baseline", "effortless-service", "--break-even", "market.nothing=1:5" }, "market.nothing")]
    [InlineData(new[] { "baseline", "effortless-service", "--break-even", "market.unitCost=1:5", "--uncertain", "4" }, "--break-even and --uncertain answer different questions")]
    [InlineData(new[] { "baseline", "effortless-service", "--break-even", "policy.serviceEffort=0:1" }, "policy.serviceEffort is not a cost; allowed: a market.* cost parameter")]
    [InlineData(new[] { "baseline", "effortless-service", "--points", "5" }, "--points sets the grid of --break-even")]
    public async Task Bad_requests_are_refused_naming_the_option(string[] args, string expected)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["compare", .. args, "--out", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [GeneratedRegex(@"stops beating acquisition-focus on profit above market\.resolutionPremium = (?<cost>[0-9.]+)")]
    private static partial Regex Verdict();
}
