using System.Text.Json;
using Simulator.Cli.Commands;
using Simulator.Cli.Sweeps;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Sweeps;
using Spectre.Console;
using Xunit;

namespace Simulator.Cli.Tests;

public class SweepCommandTests
{
    private static readonly string[] Grid = ["--vary", "policy.serviceEffort=0.2,0.8", "--vary", "policy.firstContactResolution=0.3:0.9:0.6"];

    [Fact]
    public async Task A_two_by_two_sweep_with_two_replicates_writes_runs_points_a_heatmap_and_a_report()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["sweep", "baseline", .. Grid, "--replicates", "2", "--customers", "300", "--weeks", "10", "--burn-in", "0", "--out", folder.Path]);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "sweeps", "baseline")));
        Assert.Equal(
            ["heatmap.png", "heatmap.svg", "points.csv", "report.html", "runs.csv", "sweep.json"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var png = await File.ReadAllBytesAsync(Path.Combine(directory, "heatmap.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);

        var runs = await File.ReadAllLinesAsync(Path.Combine(directory, "runs.csv"));
        Assert.Equal(1 + 2 * 2 * 2, runs.Length);
        Assert.StartsWith("point,replicate,policy.serviceEffort,policy.firstContactResolution,retention52,", runs[0]);
        Assert.Equal(["0,0,0.2,0.3,", "0,1,0.2,0.3,", "1,0,0.2,0.9,", "1,1,0.2,0.9,", "2,0,0.8,0.3,", "2,1,0.8,0.3,", "3,0,0.8,0.9,", "3,1,0.8,0.9,"], runs[1..].Select(l => string.Join(',', l.Split(',')[..4]) + ","));
        var points = await File.ReadAllLinesAsync(Path.Combine(directory, "points.csv"));
        Assert.Equal(1 + 4, points.Length);
        Assert.All(points[1..], p => Assert.Equal("2", p.Split(',')[3]));

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "sweep.json")));
        Assert.Equal("baseline", manifest.RootElement.GetProperty("scenario").GetString());
        Assert.Equal("factorial", manifest.RootElement.GetProperty("design").GetString());
        Assert.Equal("reference", manifest.RootElement.GetProperty("engine").GetString());
        Assert.Equal("nps", manifest.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(4, manifest.RootElement.GetProperty("points").GetArrayLength());
        Assert.Contains("data:image/png;base64,", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        Assert.Contains("Best points by final nps", run.Output);
        Assert.Contains("Report:", run.Output);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_sweep_resumes_to_exactly_the_runs_of_a_sweep_run_straight_through()
    {
        using var folder = Cxsim.NewFolder();
        string[] sizes = ["--replicates", "2", "--customers", "1000", "--weeks", "20", "--burn-in", "0"];
        var straight = await Cxsim.RunAsync(["sweep", "baseline", .. Grid, .. sizes, "--out", Path.Combine(folder.Path, "straight")]);
        Assert.True(straight.ExitCode == 0, straight.Error + straight.Output);
        var expected = Directory.GetDirectories(Path.Combine(folder.Path, "straight", "sweeps", "baseline"))[0];

        // Stop after three runs, as Ctrl+C would.
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var request = new SweepRequest("baseline", [Grid[1], Grid[3]], null, new RunSettings(1000, 20, null, 2, 0), null, null, Path.Combine(folder.Path, "stopped"), null, false);
        var code = await SweepCommand.ExecuteAsync(QuietConsole.Context(output), request, new StopAfter(3, stop), stop.Token);

        Assert.Equal(130, code);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "stopped", "sweeps", "baseline"))[0];
        var kept = (await File.ReadAllLinesAsync(Path.Combine(directory, "runs.csv"))).Length - 1;
        Assert.InRange(kept, 3, 7);
        Assert.False(File.Exists(Path.Combine(directory, "points.csv")));
        Assert.Contains($"Resume with:\n  cxsim sweep baseline --resume {directory}", output.ToString().ReplaceLineEndings("\n"));

        // A kill while a line was being written leaves it cut short.
        await File.AppendAllTextAsync(Path.Combine(directory, "runs.csv"), "3,1,0.8,0.9,0.");
        var resumed = await Cxsim.RunAsync("sweep", "baseline", "--resume", directory);

        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.Contains($"Resuming {directory}: {kept} of 8 runs already done.", resumed.Output);
        var lines = await File.ReadAllLinesAsync(Path.Combine(directory, "runs.csv"));
        Assert.Equal(8, lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])).Distinct().Count());
        Assert.Equal(
            (await File.ReadAllLinesAsync(Path.Combine(expected, "runs.csv"))).Order(StringComparer.Ordinal),
            lines.Order(StringComparer.Ordinal));
        foreach (var file in new[] { "runs.csv", "points.csv" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(expected, file)), await File.ReadAllBytesAsync(Path.Combine(directory, file)));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Runs_deleted_from_a_finished_sweep_are_run_again_on_resume()
    {
        using var folder = Cxsim.NewFolder();
        var first = await Cxsim.RunAsync(["sweep", "baseline", .. Grid, "--customers", "300", "--weeks", "10", "--burn-in", "0", "--replicates", "2", "--out", folder.Path]);
        Assert.Equal(0, first.ExitCode);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "sweeps", "baseline"))[0];
        var runs = Path.Combine(directory, "runs.csv");
        var complete = await File.ReadAllBytesAsync(runs);
        var lines = await File.ReadAllLinesAsync(runs);
        await File.WriteAllTextAsync(runs, string.Concat(lines[..^3].Select(l => l + "\n")));

        var resumed = await Cxsim.RunAsync("sweep", "baseline", "--resume", directory);

        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);
        Assert.Contains("5 of 8 runs already done", resumed.Output);
        Assert.Equal(complete, await File.ReadAllBytesAsync(runs));
    }

    [Fact]
    public async Task Resuming_with_another_design_is_refused_naming_every_difference()
    {
        using var folder = Cxsim.NewFolder();
        var first = await Cxsim.RunAsync(["sweep", "baseline", "--vary", "policy.serviceEffort=0.2,0.8", "--customers", "200", "--weeks", "4", "--burn-in", "0", "--out", folder.Path]);
        Assert.Equal(0, first.ExitCode);
        var directory = Directory.GetDirectories(Path.Combine(folder.Path, "sweeps", "baseline"))[0];

        var resumed = await Cxsim.RunAsync("sweep", "baseline", "--vary", "policy.serviceEffort=0.2,0.5", "--customers", "300", "--resume", directory);

        Assert.Equal(2, resumed.ExitCode);
        Assert.Equal(
            $"error: cannot resume {directory}: it holds a different sweep.\n" +
            "  --vary: the sweep varies --vary policy.serviceEffort=0.2,0.8; this command asks for --vary policy.serviceEffort=0.2,0.5.\n" +
            "  --customers: the sweep has 200; this command asks for 300.\n" +
            "Leave those options out to resume the sweep as it was, or leave out --resume to start a new one.\n",
            resumed.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0.9:0.1:0.2" }, "error: --vary 'policy.serviceEffort=0.9:0.1:0.2': FROM 0.9 is greater than TO 0.1.")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0.1:0.9:0" }, "error: --vary 'policy.serviceEffort=0.1:0.9:0': STEP 0 must be greater than 0.")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0.5:1.5:0.5" }, "error: --vary 'policy.serviceEffort=0.5:1.5:0.5': 'policy.serviceEffort' = 1.5 is out of range; allowed: 0 to 1.")]
    [InlineData(new[] { "--vary", "brands.Nobody.policy.price=8,10" }, "error: --vary 'brands.Nobody.policy.price=8,10': 'brands.Nobody.policy.price': no brand 'Nobody'; allowed: Focal, Rival, *.")]
    [InlineData(new[] { "--vary", "colour=1,2" }, "error: --vary 'colour=1,2': 'colour' is not a scenario setting; allowed: policy.LEVER, ")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0:1:0.001", "--vary", "model.trustGain=0:1:0.1" }, "error: the full factorial design has 1001 x 11 = 11,011 points; at most 10,000 allowed (use fewer values, or --lhs N).")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0.1,0.5", "--lhs", "5" }, "error: --vary 'policy.serviceEffort=0.1,0.5': --lhs samples ranges, not lists; give PATH=FROM:TO (a STEP is allowed and not used).")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0:1", "--lhs", "0" }, "error: --lhs 0 is out of range; allowed: 1 to 10000.")]
    [InlineData(new[] { "--vary", "policy.serviceEffort=0:1:0.5", "--outcome", "retention104" }, "error: --outcome retention104 needs runs of at least 104 weeks, and this sweep runs 10 (--weeks); allowed: nps, acquisitions, revenue, customersAtEnd, profit, equity, spending.")]
    [InlineData(new string[0], "error: --vary is required: give at least one PATH=FROM:TO:STEP or PATH=v1,v2,... (e.g. policy.serviceEffort=0.1:0.9:0.2).")]
    public async Task A_bad_sweep_is_refused_before_anything_runs(string[] options, string message)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["sweep", "baseline", .. options, "--weeks", "10", "--out", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Resuming_a_folder_without_a_sweep_is_refused()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("sweep", "baseline", "--resume", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: --resume {folder.Path}: no sweep.json there; give the folder of a sweep, e.g. results/sweeps/<scenario>/<run-id>.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_orleans_engine_gives_the_same_runs_as_the_reference_engine()
    {
        using var folder = Cxsim.NewFolder();
        string[] common = ["sweep", "baseline", "--vary", "policy.serviceEffort=0.2,0.8", "--replicates", "2", "--customers", "300", "--weeks", "6", "--burn-in", "2"];

        var orleans = await Cxsim.RunAsync([.. common, "--engine", "orleans", "--out", Path.Combine(folder.Path, "o")]);
        var reference = await Cxsim.RunAsync([.. common, "--out", Path.Combine(folder.Path, "r")]);

        Assert.True(orleans.ExitCode == 0, orleans.Error + orleans.Output);
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "o", "sweeps", "baseline"))[0], "runs.csv")),
            await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "r", "sweeps", "baseline"))[0], "runs.csv")));
    }
}
