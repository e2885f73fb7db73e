using System.Globalization;
using Simulator.Cli.Commands;
using Simulator.Cli.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Cli.Tests;

public class SensitivityCommandTests
{
    private static readonly string[] Small = ["--customers", "200", "--weeks", "10", "--burn-in", "2", "--parameters", "model.trustGain,model.trustLossRatio"];

    [Fact]
    public async Task A_morris_screening_writes_indices_charts_and_a_report_and_its_swings_are_the_runs_they_name()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["sensitivity", "baseline", .. Small, "--samples", "3", "--outcome", "nps,customersAtEnd", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "sensitivity", "baseline")));
        Assert.Equal(
            ["indices.csv", "morris-customers_at_end.png", "morris-customers_at_end.svg", "morris-final_nps.png", "morris-final_nps.svg", "report.html", "runs.csv", "sensitivity.json",
             "tornado-customers_at_end.png", "tornado-customers_at_end.svg", "tornado-final_nps.png", "tornado-final_nps.svg"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // 3 trajectories of 3 points, the base and 2 x 2 ends.
        Assert.Equal(1 + 3 * 3 + 1 + 4, (await File.ReadAllLinesAsync(Path.Combine(directory, "runs.csv"))).Length);
        var indices = await File.ReadAllLinesAsync(Path.Combine(directory, "indices.csv"));
        Assert.StartsWith("outcome,parameter,low,high,base,morris_mu_star,", indices[0]);
        Assert.Equal(["nps,model.trustGain", "nps,model.trustLossRatio", "customersAtEnd,model.trustGain", "customersAtEnd,model.trustLossRatio"], indices[1..].Select(l => string.Join(',', l.Split(',')[..2])));
        Assert.Contains("Morris screening", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        Assert.Contains("Final NPS (points): ", run.Output);

        // The tornado's low end of trustGain is the run of the scenario with trustGain at its plausible minimum.
        var row = indices[1].Split(',');
        var low = double.Parse(row[2], CultureInfo.InvariantCulture);
        var scenario = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.json")).WithRun(customers: 200, weeks: 10, burnInWeeks: 2, replicates: 1);
        var result = new ReferenceEngine().Run(ScenarioParameters.With(scenario, "model.trustGain", low));
        Assert.Equal(Headlines.Of(result, 0, 0).FinalNps, double.Parse(row[14], CultureInfo.InvariantCulture), 4);
    }

    [Fact]
    public async Task A_sobol_analysis_draws_bars_with_intervals()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["sensitivity", "baseline", .. Small, "--method", "sobol", "--samples", "8", "--outcome", "nps", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "sensitivity", "baseline")));
        Assert.True(File.Exists(Path.Combine(directory, "sobol-final_nps.png")));
        Assert.Equal(1 + 8 * 4 + 1 + 4, (await File.ReadAllLinesAsync(Path.Combine(directory, "runs.csv"))).Length);
        var trustGain = (await File.ReadAllLinesAsync(Path.Combine(directory, "indices.csv")))[1].Split(',');
        Assert.Equal("", trustGain[5]);
        Assert.All(trustGain[8..14], v => Assert.True(double.TryParse(v, CultureInfo.InvariantCulture, out _), v));
        Assert.Contains("ST_i [95%]", run.Output);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_analysis_resumes_to_the_same_indices_as_one_run_straight_through()
    {
        using var folder = Cxsim.NewFolder();
        var straight = await Cxsim.RunAsync(["sensitivity", "baseline", .. Small, "--samples", "4", "--replicates", "2", "--out", Path.Combine(folder.Path, "straight")]);
        Assert.True(straight.ExitCode == 0, straight.Error + straight.Output);
        var expected = Directory.GetDirectories(Path.Combine(folder.Path, "straight", "sensitivity", "baseline"))[0];

        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var request = new SensitivityRequest("baseline", [], null, ["model.trustGain", "model.trustLossRatio"], 4, null, new RunSettings(200, 10, null, 2, 2), null, Path.Combine(folder.Path, "stopped"), null, false);
        var code = await SensitivityCommand.ExecuteAsync(QuietConsole.Context(output), request, new StopAfter(5, stop), stop.Token);

        Assert.Equal(130, code);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "stopped", "sensitivity", "baseline"))[0];
        Assert.False(File.Exists(Path.Combine(directory, "indices.csv")));
        Assert.Contains($"Resume with:\n  cxsim sensitivity baseline --resume {directory}", output.ToString().ReplaceLineEndings("\n"));

        var resumed = await Cxsim.RunAsync("sensitivity", "baseline", "--resume", directory);

        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.Contains("runs already done", resumed.Output);
        foreach (var file in new[] { "runs.csv", "indices.csv" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(expected, file)), await File.ReadAllBytesAsync(Path.Combine(directory, file)));
        }

        var other = await Cxsim.RunAsync("sensitivity", "baseline", "--resume", directory, "--samples", "5");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("--samples: the analysis has 4; this command asks for 5.", other.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_analysis_writes_the_indices_of_the_trajectories_that_finished_marked_incomplete()
    {
        using var folder = Cxsim.NewFolder();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        // Two parameters and two replicates: six runs a trajectory; eighteen runs finish at least the first two.
        var request = new SensitivityRequest("baseline", ["nps"], null, ["model.trustGain", "model.trustLossRatio"], 4, null, new RunSettings(200, 10, null, 2, 2), null, folder.Path, null, false);

        var code = await SensitivityCommand.ExecuteAsync(QuietConsole.Context(output), request, new StopAfter(18, stop), stop.Token);

        Assert.Equal(130, code);
        var text = output.ToString().ReplaceLineEndings("\n");
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "sensitivity", "baseline"))[0];
        Assert.Contains("Indices of what finished, marked INCOMPLETE", text);
        Assert.Contains($"Resume with:\n  cxsim sensitivity baseline --resume {directory}", text);
        Assert.True(File.Exists(Path.Combine(directory, "indices.csv")));
        Assert.Contains("INCOMPLETE: stopped with", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));

        var resumed = await Cxsim.RunAsync("sensitivity", "baseline", "--resume", directory);
        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.DoesNotContain("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }

    [Theory]
    [InlineData(new[] { "--method", "sobol" }, "--method sobol takes at most 18 parameters")]
    [InlineData(new[] { "--parameters", "model.nothing*" }, "--parameters model.nothing* matches no setting of 'baseline'")]
    [InlineData(new[] { "--outcome", "retention104", "--weeks", "10" }, "--outcome retention104 needs runs of at least 104 weeks")]
    [InlineData(new[] { "--outcome", "happiness" }, "--outcome happiness is not known; allowed: ")]
    [InlineData(new[] { "--samples", "1" }, "--samples 1 is out of range for Morris; allowed: 2 to 1000 trajectories.")]
    public async Task Bad_requests_are_refused_before_any_run_naming_the_option(string[] args, string expected)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["sensitivity", "baseline", "--out", folder.Path, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "sensitivity")));
    }
}
