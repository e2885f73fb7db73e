using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace Simulator.Cli.Tests;

public class CompareCommandTests
{
    private static readonly string[] Charts =
    [
        "overlay-customers", "overlay-nps", "overlay-trust", "overlay-cumulative-profit", "profit-waterfall",
        "difference-customers", "difference-nps", "difference-trust", "difference-cumulative-profit",
        "headline-differences",
    ];

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_comparison_writes_every_file_and_they_parse()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("compare", "baseline", "effortless-service", "--customers", "300", "--weeks", "12", "--burn-in", "0", "--replicates", "3", "--engine", "reference", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("difference from", run.Output);
        Assert.Contains("Customer lifetime value", run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "compare")));

        var comparison = await File.ReadAllLinesAsync(Path.Combine(directory, "comparison.csv"));
        Assert.Equal("scenario,figure,mean,ci_low,ci_high,difference_mean,difference_ci_low,difference_ci_high,excludes_zero", comparison[0]);
        Assert.Equal(1 + 10 * 2, comparison.Length); // 10 figures x 2 scenarios
        Assert.All(comparison.Skip(1), line => Assert.Equal(9, line.Split(',').Length));
        var effortless = comparison.Single(l => l.StartsWith("effortless-service,customers_at_end,", StringComparison.Ordinal)).Split(',');
        Assert.Contains(effortless[8], new[] { "true", "false" });
        Assert.Equal("baseline,customers_at_end", string.Join(',', comparison.Single(l => l.StartsWith("baseline,customers_at_end,", StringComparison.Ordinal)).Split(',')[..2]));

        // Is it worth it: one row for the scenario after the first, its profit the paired difference of comparison.csv.
        var worth = await File.ReadAllLinesAsync(Path.Combine(directory, "worth.csv"));
        Assert.Equal(2, worth.Length);
        Assert.StartsWith("scenario,incremental_revenue,", worth[0]);
        var profit = comparison.Single(l => l.StartsWith("effortless-service,profit,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(profit[5], worth[1].Split(',')[7]);
        Assert.Contains("Is it worth it?", run.Output);

        var weekly = await File.ReadAllLinesAsync(Path.Combine(directory, "weekly.csv"));
        Assert.Equal("scenario,replicate,week,customers,nps,mean_trust,mean_anger,cumulative_profit", weekly[0]);
        Assert.Equal(1 + 2 * 3 * 12, weekly.Length);

        foreach (var scenario in new[] { "baseline", "effortless-service" })
        {
            var metrics = await File.ReadAllLinesAsync(Path.Combine(directory, scenario, "metrics.csv"));
            Assert.StartsWith("replicate,week,brand,segment,", metrics[0]);
            Assert.Equal(1 + 3 * 12 * 2 * 4, metrics.Length); // replicates x weeks x brands x (3 segments + all)
            using var runSummary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, scenario, "summary.json")));
            Assert.Equal(42UL, runSummary.RootElement.GetProperty("scenario").GetProperty("seed").GetUInt64());
        }

        foreach (var chart in Charts)
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(directory, chart + ".png"));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
            Assert.Equal("svg", XDocument.Load(Path.Combine(directory, chart + ".svg")).Root!.Name.LocalName);
        }

        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.True(summary.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal(3, summary.RootElement.GetProperty("replicates").GetInt32());
        Assert.Equal("cxsim compare baseline effortless-service --customers 300 --weeks 12 --burn-in 0 --seed 42 --replicates 3 --engine reference",
            summary.RootElement.GetProperty("command").GetString());

        var report = await File.ReadAllTextAsync(Path.Combine(directory, "report.html"));
        Assert.Contains("effortless service", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cxsim compare baseline effortless-service --customers 300", report);
        Assert.Contains("headline-differences.png", report);
        Assert.DoesNotContain("http://", report);
        Assert.DoesNotContain("https://", report);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Scenarios_that_share_a_burn_in_fork_from_one_run_of_it_with_the_same_files()
    {
        using var shared = Cxsim.NewFolder();
        using var separate = Cxsim.NewFolder();
        string[] common = ["compare", "baseline", "effortless-service", "rival-answers-effortless-service", "--customers", "300", "--weeks", "30", "--burn-in", "10", "--replicates", "2", "--engine", "reference"];

        var forked = await Cxsim.RunAsync([.. common, "--out", shared.Path]);
        var alone = await Cxsim.RunAsync([.. common, "--separate-burn-ins", "--out", separate.Path]);

        Assert.True(forked.ExitCode == 0, forked.Error + forked.Output);
        Assert.True(alone.ExitCode == 0, alone.Error + alone.Output);
        Assert.Contains("Burn-ins: 2 run, 4 forked from them", forked.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Burn-ins:", alone.Output, StringComparison.Ordinal);
        var a = Assert.Single(Directory.GetDirectories(Path.Combine(shared.Path, "compare")));
        var b = Assert.Single(Directory.GetDirectories(Path.Combine(separate.Path, "compare")));
        foreach (var file in new[] { "comparison.csv", "worth.csv", Path.Combine("baseline", "metrics.csv"), Path.Combine("effortless-service", "metrics.csv"), Path.Combine("rival-answers-effortless-service", "metrics.csv") })
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(b, file)), await File.ReadAllTextAsync(Path.Combine(a, file)));
        }
    }

    [Fact]
    public async Task One_scenario_is_refused()
    {
        using var folder = Cxsim.NewFolder();
        var run = await Cxsim.RunAsync("compare", "baseline", "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("compare needs two or more scenarios (given: only 'baseline')", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_unknown_scenario_is_refused_with_the_shipped_names()
    {
        using var folder = Cxsim.NewFolder();
        var run = await Cxsim.RunAsync("compare", "baseline", "no-such-scenario", "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("scenario 'no-such-scenario' not found", run.Error);
        Assert.Contains("effortless-service", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Scenarios_of_different_lengths_are_refused_unless_weeks_are_forced()
    {
        using var folder = Cxsim.NewFolder();
        string[] common = ["compare", "baseline", "bass-diffusion", "--customers", "200", "--burn-in", "0", "--replicates", "2", "--engine", "reference", "--out", folder.Path];

        var refused = await Cxsim.RunAsync(common);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the scenarios differ in weeks (baseline: 104, bass-diffusion: 780)", refused.Error);
        Assert.Contains("--weeks N", refused.Error);

        var forced = await Cxsim.RunAsync([.. common, "--weeks", "3"]);
        Assert.True(forced.ExitCode == 0, forced.Error + forced.Output);
    }

    [Fact]
    public async Task A_setting_changes_every_scenario_alike_and_is_part_of_the_command()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("compare", "baseline", "effortless-service", "--customers", "200", "--weeks", "3", "--burn-in", "0", "--replicates", "2", "--engine", "reference", "--set", "policy.serviceEffort=0.3", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "compare")));
        foreach (var scenario in new[] { "baseline", "effortless-service" })
        {
            using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, scenario, "summary.json")));
            Assert.Equal(0.3, summary.RootElement.GetProperty("scenario").GetProperty("brands")[0].GetProperty("policy").GetProperty("serviceEffort").GetDouble());
        }

        using var comparison = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.EndsWith("--engine reference --set policy.serviceEffort=0.3", comparison.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_comparison_writes_what_finished_marked_incomplete()
    {
        using var folder = Cxsim.NewFolder();

        // Stopped at the first progress line (a tenth of the work, inside the first scenario), as Ctrl+C would.
        using var output = new WatchedOutput("%  ");
        var code = await CxsimApp.InvokeAsync(["compare", "baseline", "effortless-service", "--customers", "2000", "--weeks", "500", "--burn-in", "0", "--replicates", "2", "--engine", "reference", "--out", folder.Path], output, new StringWriter(), output.Token);

        Assert.True(code == 130, output.ToString());
        Assert.Contains("INCOMPLETE", output.ToString());
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "compare")));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.False(summary.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal("effortless-service", summary.RootElement.GetProperty("scenariosNotRun")[0].GetString());
        Assert.True((await File.ReadAllLinesAsync(Path.Combine(directory, "weekly.csv"))).Length > 1);
        Assert.Contains("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }
}
