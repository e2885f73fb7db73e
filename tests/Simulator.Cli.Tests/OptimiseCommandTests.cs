using System.Globalization;
using Simulator.Cli.Commands;
using Simulator.Cli.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Cli.Tests;

public class OptimiseCommandTests
{
    // Two levers: 6 candidates a generation; the start and two generations fit in 13.
    private static readonly string[] Small = ["--levers", "policy.serviceEffort,policy.firstContactResolution", "--customers", "200", "--weeks", "10", "--burn-in", "2", "--replicates", "2", "--max-evaluations", "13", "--fresh-replicates", "3", "--fresh-candidates", "2"];

    [Fact]
    public async Task An_optimisation_writes_a_runnable_scenario_evaluations_charts_and_a_report_and_its_fresh_figures_are_the_runs_they_name()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["optimise", "baseline", .. Small, "--bounds", "policy.serviceEffort=0.1:0.9", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "optimise", "baseline")));
        Assert.Equal(
            ["evaluations.csv", "fresh-check.png", "fresh-check.svg", "optimise.json", "optimised.json", "report.html", "runs.csv", "search-trace.png", "search-trace.svg"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var evaluations = await File.ReadAllLinesAsync(Path.Combine(directory, "evaluations.csv"));
        Assert.StartsWith("id,phase,search,generation,policy.serviceEffort,policy.firstContactResolution,replicates,feasible,violation,", evaluations[0]);
        Assert.Equal(1 + 13 + 3, evaluations.Length); // 13 candidates, then the start and 2 on fresh replicates
        var effort = evaluations[1..14].Select(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)).ToArray();
        Assert.All(effort, v => Assert.InRange(v, 0.1, 0.9));
        Assert.Contains("The recommended policy against the start", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        Assert.Contains("Recommended: candidate ", run.Output);

        // optimised.json is a valid scenario with the recommended levers ...
        var optimised = Path.Combine(directory, "optimised.json");
        var validate = await Cxsim.RunAsync("validate", optimised);
        Assert.True(validate.ExitCode == 0, validate.Error + validate.Output);
        var recommended = evaluations[14..].Select(l => l.Split(',')).Single(f => Loads(optimised, f));

        // ... and its fresh profit is the mean of replicates 2 to 4 (after the 2 search replicates) of that scenario.
        var scenario = ScenarioLoader.Load(optimised).WithRun(customers: 200, weeks: 10, burnInWeeks: 2, replicates: 5);
        var result = new ReferenceEngine().Run(scenario);
        var profit = Enumerable.Range(2, 3).Average(r => Headlines.Of(result, r, 0).Profit);
        var column = Array.IndexOf(evaluations[0].Split(','), "profit_mean");
        Assert.Equal(profit, double.Parse(recommended[column], CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task Two_objectives_give_a_pareto_front_and_one_scenario_file_per_point_checked_again()
    {
        using var folder = Cxsim.NewFolder();

        // Five searches of one generation of 4 each: 1 + 5 x 4 = 21 candidates.
        var run = await Cxsim.RunAsync(["optimise", "baseline", "--levers", "policy.serviceEffort", "--objective", "profit,nps", "--customers", "200", "--weeks", "10", "--burn-in", "2", "--replicates", "2", "--max-evaluations", "21", "--fresh-replicates", "2", "--fresh-candidates", "3", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "optimise", "baseline")));
        Assert.True(File.Exists(Path.Combine(directory, "pareto-front.png")));
        Assert.True(File.Exists(Path.Combine(directory, "front-01.json")));
        Assert.False(File.Exists(Path.Combine(directory, "optimised.json")));
        Assert.Contains("Pareto front: ", run.Output);
        Assert.Contains("The Pareto front", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }

    [Fact]
    public async Task A_constraint_is_reported_met_or_not_with_its_interval()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["optimise", "baseline", .. Small, "--constraint", "nps>=-100", "--budget", "start", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("nps>=-100", run.Output);
        Assert.Contains("spending<=start", run.Output);
        // The candidate's column, not only the start's (which meets "start" constraints by definition).
        var row = run.Output.Split('\n').Single(l => l.Contains("nps>=-100", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Equal(2, row.Split("met (whole 95% interval)").Length - 1);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "optimise", "baseline")));
        Assert.Contains("Constraints on the fresh replicates", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_optimisation_resumes_to_the_same_candidates_as_one_run_straight_through()
    {
        using var folder = Cxsim.NewFolder();
        var straight = await Cxsim.RunAsync(["optimise", "baseline", .. Small, "--out", Path.Combine(folder.Path, "straight")]);
        Assert.True(straight.ExitCode == 0, straight.Error + straight.Output);
        var expected = Directory.GetDirectories(Path.Combine(folder.Path, "straight", "optimise", "baseline"))[0];

        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var request = new OptimiseRequest("baseline", ["policy.serviceEffort", "policy.firstContactResolution"], [], [], [], null, 13, 3, 2, null, false, new RunSettings(200, 10, null, 2, 2), null, Path.Combine(folder.Path, "stopped"), null, false);
        var code = await OptimiseCommand.ExecuteAsync(QuietConsole.Context(output), request, new StopAfter(9, stop), stop.Token);

        Assert.Equal(130, code);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "stopped", "optimise", "baseline"))[0];
        Assert.Contains($"Resume with:\n  cxsim optimise baseline --resume {directory}", output.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        Assert.False(File.Exists(Path.Combine(directory, "optimised.json")));

        var resumed = await Cxsim.RunAsync("optimise", "baseline", "--resume", directory);

        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.Contains("run(s) already done", resumed.Output);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(expected, "evaluations.csv")), await File.ReadAllBytesAsync(Path.Combine(directory, "evaluations.csv")));
        Assert.DoesNotContain("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));

        var other = await Cxsim.RunAsync("optimise", "baseline", "--resume", directory, "--max-evaluations", "19");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("--max-evaluations: the optimisation has 13; this command asks for 19.", other.Error);
    }

    [Fact]
    public async Task A_stop_before_the_start_finished_still_writes_an_incomplete_report_and_the_resume_command()
    {
        using var folder = Cxsim.NewFolder();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var request = new OptimiseRequest("baseline", ["policy.serviceEffort"], [], [], [], null, 9, 2, 1, null, false, new RunSettings(200, 10, null, 2, 2), null, folder.Path, null, false);

        // The start's first run of two: the start itself is not evaluated yet.
        var code = await OptimiseCommand.ExecuteAsync(QuietConsole.Context(output), request, new StopAfter(1, stop), stop.Token);

        Assert.Equal(130, code);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "optimise", "baseline"))[0];
        Assert.Contains("INCOMPLETE: stopped after 0 candidate(s)", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(directory, "evaluations.csv")));
        Assert.False(File.Exists(Path.Combine(directory, "optimised.json")));
        Assert.Contains("Resume with:", output.ToString());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_orleans_engine_finds_the_same_candidates_as_the_reference_engine()
    {
        using var folder = Cxsim.NewFolder();
        string[] common = ["optimise", "baseline", "--levers", "policy.serviceEffort", "--customers", "200", "--weeks", "6", "--burn-in", "2", "--replicates", "2", "--max-evaluations", "9", "--fresh-replicates", "2", "--fresh-candidates", "2"];

        var orleans = await Cxsim.RunAsync([.. common, "--engine", "orleans", "--out", Path.Combine(folder.Path, "o")]);
        var reference = await Cxsim.RunAsync([.. common, "--out", Path.Combine(folder.Path, "r")]);

        Assert.True(orleans.ExitCode == 0, orleans.Error + orleans.Output);
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "o", "optimise", "baseline"))[0], "evaluations.csv")),
            await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "r", "optimise", "baseline"))[0], "evaluations.csv")));
    }

    [Theory]
    [InlineData(new[] { "--levers", "policy.nothing" }, "--levers policy.nothing: ")]
    [InlineData(new string[0], "--levers is required")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--bounds", "policy.serviceEffort=0.5:2" }, "--bounds 'policy.serviceEffort=0.5:2': outside the allowed range of policy.serviceEffort; allowed: 0 to 1.")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--bounds", "policy.price=1:2" }, "--bounds 'policy.price=1:2': policy.price is not one of --levers")]
    [InlineData(new[] { "--levers", "policy.relationshipBudget" }, "is too wide to search; give --bounds policy.relationshipBudget=LO:HI.")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--objective", "happiness" }, "--objective happiness is not known; allowed: profit, equity, retention104, nps, customersAtEnd.")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--constraint", "nps=>3" }, "--constraint 'nps=>3': expected OUT>=X, OUT<=X, OUT>=start or OUT<=start")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--constraint", "joy>=3" }, "--constraint 'joy>=3': joy is not an outcome; allowed: ")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--objective", "retention104", "--weeks", "10" }, "--outcome retention104 needs runs of at least 104 weeks")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--budget", "lots" }, "--budget lots: expected a number (the most the focal brand may spend over the reported weeks) or start")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--bounds", "policy.serviceEffort=0.6:0.9" }, "--bounds 'policy.serviceEffort=0.6:0.9': the scenario's policy.serviceEffort is 0.5, outside LO:HI")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--population", "1" }, "--population 1 is out of range; allowed: 2 to 4096.")]
    [InlineData(new[] { "--levers", "policy.serviceEffort", "--max-evaluations", "3" }, "--max-evaluations 3 is out of range; allowed: 5 (the start and one generation of 4 per search) to 100000.")]
    public async Task Bad_requests_are_refused_before_any_run_naming_the_option(string[] args, string expected)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["optimise", "baseline", "--out", folder.Path, .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "optimise")));
    }

    // Whether the evaluation row f has the lever values of the scenario file.
    private static bool Loads(string file, string[] f)
    {
        var scenario = ScenarioLoader.Load(file);
        return ScenarioParameters.Get(scenario, "policy.serviceEffort") == double.Parse(f[4], CultureInfo.InvariantCulture)
            && ScenarioParameters.Get(scenario, "policy.firstContactResolution") == double.Parse(f[5], CultureInfo.InvariantCulture);
    }
}
