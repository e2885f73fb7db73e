using System.Text.Json;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Cli.Tests;

public class CalibrateCommandTests
{
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

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_small_fit_on_a_shipped_table_writes_every_file_and_a_calibrated_scenario_that_loads()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(
            "calibrate", "baseline", "--retention", Table("fader-hardie-high-end.csv"),
            "--fit", "segments.*.meanNeedWeeks", "--bounds", "segments.*.meanNeedWeeks=20:2000",
            "--fit-periods", "1-3", "--period-weeks", "8", "--customers", "400", "--burn-in", "0",
            "--max-evaluations", "3", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("RMSE in sample (periods 1-3)", run.Output);
        Assert.Contains("RMSE out of sample (periods 4-12)", run.Output);
        Assert.Contains("held out", run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "calibration", "baseline")));
        foreach (var file in new[] { "fit.json", "retention.csv", "retention-fit.png", "retention-fit.svg", "report.html", "calibrated.json" })
        {
            Assert.True(File.Exists(Path.Combine(directory, file)), file + " is missing");
        }

        using var fit = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "fit.json")));
        var root = fit.RootElement;
        Assert.Equal(3, root.GetProperty("evaluations").GetInt32());
        Assert.Equal(8 + (12 * 8), root.GetProperty("weeksSimulated").GetInt32());
        Assert.StartsWith("cxsim calibrate baseline --retention ", root.GetProperty("command").GetString(), StringComparison.Ordinal);
        var fitted = root.GetProperty("parameters")[0].GetProperty("fitted").GetDouble();

        var calibrated = ScenarioLoader.Load(Path.Combine(directory, "calibrated.json"));
        Assert.Equal(fitted, ScenarioParameters.Get(calibrated, "segments.*.meanNeedWeeks"));
        Assert.Equal(fitted, ScenarioParameters.Get(calibrated, "segments.bargain-hunters.meanNeedWeeks"));
        Assert.Equal(13, (await File.ReadAllLinesAsync(Path.Combine(directory, "retention.csv"))).Length - 1);
    }

    [Fact]
    public async Task A_bad_table_is_refused_with_exit_code_2_naming_the_file_and_line()
    {
        using var folder = Cxsim.NewFolder();
        var table = Path.Combine(folder.Path, "bad.csv");
        await File.WriteAllTextAsync(table, "period,percent_surviving\n0,100\n1,70\n2,75\n");

        var run = await Cxsim.RunAsync("calibrate", "baseline", "--retention", table, "--fit", "model.reviewRate", "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(table + ":4: percent_surviving 75 at period 2 is above 70 at period 1; allowed: 0 to 70", run.Error);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "calibration")));
    }

    [Theory]
    [InlineData(new[] { "--fit", "model.nope" }, "'model.nope': unknown name 'nope'; allowed: ")]
    [InlineData(new[] { "--fit", "model.reviewRate,model.reviewRate" }, "--fit names 'model.reviewRate' more than once")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--fit-periods", "1-20" }, "--fit-periods includes period 13, which ")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--fit-periods", "x" }, "--fit-periods 'x': 'x' is not a period or a range of periods; allowed: ")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--bounds", "model.reviewRate=0.5" }, "--bounds 'model.reviewRate=0.5' is not PATH=LO:HI")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--bounds", "model.trustGain=0:1" }, "--bounds names 'model.trustGain', which is not fitted")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--bounds", "model.reviewRate=0:2" }, "--bounds 0:2 for 'model.reviewRate' are not inside its range; allowed: LO:HI with 0 <= LO < HI <= 1.")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--period-weeks", "0" }, "--period-weeks 0 is out of range; allowed: 1 to 520.")]
    [InlineData(new[] { "--fit", "model.reviewRate", "--customers", "0" }, "--customers 0 is out of range")]
    public async Task Bad_options_are_refused_with_exit_code_2_and_say_what_is_allowed(string[] options, string expected)
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync(["calibrate", "baseline", "--retention", Table("fader-hardie-regular.csv"), .. options, "--out", folder.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_stopped_fit_writes_the_best_values_so_far_marked_incomplete()
    {
        using var folder = Cxsim.NewFolder();

        // Stopped as soon as the first evaluation has been reported, far from converging.
        using var output = new WatchedOutput("evaluation 1/1000");
        var code = await CxsimApp.InvokeAsync(
            ["calibrate", "baseline", "--retention", Table("fader-hardie-regular.csv"), "--fit", "model.inertia,segments.*.meanNeedWeeks",
             "--customers", "1000", "--replicates", "2", "--burn-in", "0", "--max-evaluations", "1000", "--out", folder.Path],
            output, new StringWriter(), output.Token);

        Assert.True(code == 130, output.ToString());
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "calibration", "baseline")));
        using var fit = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "fit.json")));
        Assert.False(fit.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal("cancelled", fit.RootElement.GetProperty("stop").GetString());
        Assert.Contains("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
        // The command to rerun it is quoted for a shell: the * of the path must not glob.
        Assert.Contains("--fit 'model.inertia,segments.*.meanNeedWeeks' --customers 1000", fit.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    public async Task A_fit_stopped_before_its_first_evaluation_says_so_and_writes_nothing()
    {
        using var folder = Cxsim.NewFolder();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var run = await Cxsim.RunAsync(
            ["calibrate", "baseline", "--retention", Table("fader-hardie-regular.csv"), "--fit", "model.inertia",
             "--customers", "500", "--burn-in", "0", "--out", folder.Path],
            stop.Token);

        Assert.True(run.ExitCode == 130, run.Error + run.Output);
        Assert.Contains("Stopped before the first evaluation finished: nothing was written.", run.Output);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "calibration")));
    }

    [Fact]
    public async Task A_missing_table_lists_the_shipped_ones()
    {
        var run = await Cxsim.RunAsync("calibrate", "baseline", "--retention", "no-such-table", "--fit", "model.reviewRate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--retention 'no-such-table' not found", run.Error);
        Assert.Contains("fader-hardie-regular", run.Error);
    }
}
