using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace Simulator.Cli.Tests;

public class RunCommandTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_run_on_the_embedded_silo_writes_every_output_file_and_they_parse()
    {
        using var folder = Cxsim.NewFolder();

        var run = await Cxsim.RunAsync("run", "baseline", "--customers", "300", "--weeks", "12", "--burn-in", "8", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("Results:", run.Output);
        Assert.Contains("retention", run.Output);
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "baseline")));
        foreach (var chart in new[] { "retention", "customers", "advocacy", "nps-mix", "feelings", "stages", "segments", "journey" })
        {
            var png = await File.ReadAllBytesAsync(Path.Combine(directory, chart + ".png"));
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
            Assert.Equal("svg", XDocument.Load(Path.Combine(directory, chart + ".svg")).Root!.Name.LocalName);
        }

        var metrics = await File.ReadAllLinesAsync(Path.Combine(directory, "metrics.csv"));
        Assert.StartsWith("replicate,week,brand,segment,", metrics[0]);
        Assert.Equal(1 + 12 * 2 * 4, metrics.Length); // weeks x brands x (3 segments + all)
        Assert.True((await File.ReadAllLinesAsync(Path.Combine(directory, "touchpoints.csv"))).Length > 1);
        Assert.True((await File.ReadAllLinesAsync(Path.Combine(directory, "cohorts.csv"))).Length > 1);

        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.Equal("orleans", summary.RootElement.GetProperty("engine").GetString());
        Assert.True(summary.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal(42UL, summary.RootElement.GetProperty("scenario").GetProperty("seed").GetUInt64());

        var report = await File.ReadAllTextAsync(Path.Combine(directory, "report.html"));
        Assert.Contains("A balanced brand in a two-brand market", report);
        Assert.Contains("journey.svg", report);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_orleans_and_reference_engines_write_byte_identical_metrics()
    {
        using var folder = Cxsim.NewFolder();
        string[] common = ["strategy-shift", "--customers", "400", "--weeks", "60", "--burn-in", "10", "--seed", "3"];

        var orleans = await Cxsim.RunAsync(["run", .. common, "--engine", "orleans", "--out", Path.Combine(folder.Path, "o")]);
        var reference = await Cxsim.RunAsync(["run", .. common, "--engine", "reference", "--out", Path.Combine(folder.Path, "r")]);

        Assert.Equal(0, orleans.ExitCode);
        Assert.Equal(0, reference.ExitCode);
        foreach (var file in new[] { "metrics.csv", "touchpoints.csv", "cohorts.csv" })
        {
            var a = await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "o", "strategy-shift"))[0], file));
            var b = await File.ReadAllBytesAsync(Path.Combine(Directory.GetDirectories(Path.Combine(folder.Path, "r", "strategy-shift"))[0], file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between engines");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_second_run_never_overwrites_the_first()
    {
        using var folder = Cxsim.NewFolder();
        string[] args = ["run", "empathetic-service", "--customers", "200", "--weeks", "3", "--burn-in", "0", "--engine", "reference", "--out", folder.Path];

        Assert.Equal(0, (await Cxsim.RunAsync(args)).ExitCode);
        Assert.Equal(0, (await Cxsim.RunAsync(args)).ExitCode);

        Assert.Equal(2, Directory.GetDirectories(Path.Combine(folder.Path, "empathetic-service")).Length);
    }

    [Theory]
    [InlineData("reference")]
    [InlineData("orleans")]
    [Trait("Category", "Slow")]
    public async Task A_stopped_run_writes_what_finished_marked_incomplete(string engine)
    {
        using var folder = Cxsim.NewFolder();

        // Stopped at the first progress line (a tenth of the run), as Ctrl+C would.
        using var output = new WatchedOutput("%  ");
        var code = await CxsimApp.InvokeAsync(["run", "baseline", "--customers", "2000", "--weeks", "500", "--burn-in", "0", "--engine", engine, "--out", folder.Path], output, new StringWriter(), output.Token);

        Assert.True(code == 130, output.ToString());
        Assert.Contains("INCOMPLETE", output.ToString());
        var directory = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Path, "baseline")));
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.False(summary.RootElement.GetProperty("completed").GetBoolean());
        var weeks = (await File.ReadAllLinesAsync(Path.Combine(directory, "metrics.csv"))).Length - 1;
        Assert.InRange(weeks, 1, 500 * 8 - 1);
        Assert.Contains("INCOMPLETE", await File.ReadAllTextAsync(Path.Combine(directory, "report.html")));
    }

    [Theory]
    [InlineData("--customers", "0", "--customers 0 is out of range; allowed: 1 to 100000000.")]
    [InlineData("--weeks", "0", "--weeks 0 is out of range; allowed: 1 to 5200.")]
    [InlineData("--replicates", "5000", "--replicates 5000 is out of range; allowed: 1 to 1000.")]
    [InlineData("--burn-in", "-1", "--burn-in -1 is out of range; allowed: 0 to 1040.")]
    public async Task Out_of_range_options_are_refused_with_the_allowed_values(string option, string value, string message)
    {
        using var folder = Cxsim.NewFolder();
        var run = await Cxsim.RunAsync("run", "baseline", option, value, "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_unknown_engine_is_refused()
    {
        var run = await Cxsim.RunAsync("run", "baseline", "--engine", "netlogo");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("netlogo", run.Error);
        Assert.Contains("orleans", run.Error);
    }

    [Fact]
    public async Task An_unknown_scenario_is_refused_with_the_shipped_names()
    {
        var run = await Cxsim.RunAsync("run", "no-such-scenario");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("scenario 'no-such-scenario' not found", run.Error);
        Assert.Contains("effortless-service", run.Error);
    }

    [Fact]
    public async Task A_bad_scenario_file_is_refused_with_file_path_and_line()
    {
        using var folder = Cxsim.NewFolder();
        var file = Path.Combine(folder.Path, "bad.json");
        await File.WriteAllTextAsync(file, "{\n  \"description\": \"x\",\n  \"weeks\": 0,\n  \"customers\": 10\n}\n");

        var run = await Cxsim.RunAsync("run", file, "--out", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json:3: $.weeks", run.Error);
        Assert.DoesNotContain("   at ", run.Error); // never a stack trace
    }
}
