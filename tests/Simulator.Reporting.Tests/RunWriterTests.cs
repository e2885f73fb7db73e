using System.Text.Json;
using Simulator.Reporting.Html;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests;

public class RunWriterTests
{
    private const string RunId = "20261125-071500-seed42";
    private static readonly RunInfo Info = new(RunId, "reference", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(3));

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_run_is_written_to_results_scenario_run_id_with_every_file()
    {
        using var temp = new TempDirectory();
        var result = ResultFixture.Baseline;
        var directory = await RunWriter.WriteAsync(result, Info, temp.Path);
        Assert.Equal(Path.Combine(temp.Path, result.Scenario.Name, RunId), directory);
        Assert.Equal(RunWriter.Files.Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(directory), f => Assert.True(new FileInfo(f).Length > 0, f));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_second_run_with_the_same_id_gets_a_suffix_and_never_overwrites()
    {
        using var temp = new TempDirectory();
        var result = ResultFixture.Baseline;
        var first = await RunWriter.WriteAsync(result, Info, temp.Path);
        var firstSummary = await File.ReadAllTextAsync(Path.Combine(first, "summary.json"));
        var second = await RunWriter.WriteAsync(result, Info, temp.Path);
        var third = await RunWriter.WriteAsync(result, Info, temp.Path);
        Assert.Equal(first + "-2", second);
        Assert.Equal(first + "-3", third);
        Assert.Equal(firstSummary, await File.ReadAllTextAsync(Path.Combine(first, "summary.json")));
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(second, "summary.json")));
        Assert.Equal(RunId + "-2", doc.RootElement.GetProperty("runId").GetString());
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void An_existing_empty_directory_is_not_taken_over()
    {
        using var temp = new TempDirectory();
        var result = ResultFixture.Baseline;
        var taken = Path.Combine(temp.Path, result.Scenario.Name, RunId);
        Directory.CreateDirectory(taken);
        var directory = RunWriter.Write(result, Info, temp.Path);
        Assert.Equal(taken + "-2", directory);
        Assert.Empty(Directory.GetFileSystemEntries(taken));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task No_temporary_directory_is_left_behind()
    {
        using var temp = new TempDirectory();
        var result = ResultFixture.Baseline;
        await RunWriter.WriteAsync(result, Info, temp.Path);
        await RunWriter.WriteAsync(result, Info, temp.Path);
        var entries = Directory.GetFileSystemEntries(Path.Combine(temp.Path, result.Scenario.Name)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal([RunId, RunId + "-2"], entries);
    }

    [Fact]
    public void A_cancelled_write_leaves_nothing_behind()
    {
        using var temp = new TempDirectory();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RunWriter.Write(ResultFixture.Baseline, Info, temp.Path, cts.Token));
        var scenarioDirectory = Path.Combine(temp.Path, ResultFixture.Baseline.Scenario.Name);
        Assert.Empty(Directory.Exists(scenarioDirectory) ? Directory.GetFileSystemEntries(scenarioDirectory) : []);
    }

    [Fact]
    public async Task An_incomplete_run_is_marked_in_summary_and_report()
    {
        using var temp = new TempDirectory();
        var directory = await RunWriter.WriteAsync(ResultFixture.Incomplete, Info, temp.Path);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "summary.json")));
        Assert.False(doc.RootElement.GetProperty("completed").GetBoolean());
        var html = await File.ReadAllTextAsync(Path.Combine(directory, "report.html"));
        Assert.Contains(HtmlReportWriter.IncompleteBanner, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baseline", "baseline")]
    [InlineData("../escape", "___escape")]
    [InlineData("a/b\\c", "a_b_c")]
    [InlineData(".hidden", "_hidden")]
    [InlineData("", "run")]
    public void Names_are_safe_as_one_path_segment(string name, string expected) =>
        Assert.Equal(expected, RunDirectory.SafeName(name));

    [Fact]
    public void Run_ids_are_made_from_the_start_time_and_seed() =>
        Assert.Equal("20261125-071500-seed42", RunInfo.CreateRunId(new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero), 42));
}
