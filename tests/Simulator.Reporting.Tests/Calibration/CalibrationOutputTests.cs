using System.Text.Json;
using System.Xml.Linq;
using Simulator.Experiments.Calibration;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Calibration;
using Simulator.Reporting.Runs;
using Xunit;

namespace Simulator.Reporting.Tests.Calibration;

public class CalibrationOutputTests
{
    private static readonly Lazy<CalibrationResult> _small = new(() =>
    {
        var scenario = ScenarioLoader.Load(ResultFixture.ScenarioPath("baseline.json")).WithRun(customers: 400, burnInWeeks: 0, replicates: 1);
        var observed = new RetentionTable("observed.csv", [new(0, 100), new(1, 90), new(2, 80), new(3, 75)]);
        var settings = new CalibrationSettings { PeriodWeeks = 4, FitPeriods = [1, 2], MaxEvaluations = 3 };
        return Calibrator.Run(new ReferenceEngine(), scenario, observed, settings, [FitParameter.For(scenario, "segments.*.meanNeedWeeks", (20, 2000)), FitParameter.For(scenario, "policy.incidentRate", (0, 0.1))]);
    });

    private static readonly RunInfo Info = new("20260101-000000-seed42", "reference", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(2));

    [Fact]
    public void A_calibration_writes_every_file_whole_into_its_own_directory()
    {
        using var temp = new TempDirectory();

        var directory = CalibrationWriter.Write(_small.Value, Info, "cxsim calibrate baseline", temp.Path);

        Assert.Equal(Path.Combine(temp.Path, "calibration", "baseline", Info.RunId), directory);
        Assert.Equal(CalibrationWriter.Files.Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(directory, CalibrationChart.PngFile))[..4]);
        Assert.Equal("svg", XDocument.Load(Path.Combine(directory, CalibrationChart.SvgFile)).Root!.Name.LocalName);
        Assert.Single(Directory.GetDirectories(Path.Combine(temp.Path, "calibration", "baseline")));
    }

    [Fact]
    public void A_second_calibration_with_the_same_id_never_overwrites_the_first()
    {
        using var temp = new TempDirectory();

        var first = CalibrationWriter.Write(_small.Value, Info, "cxsim calibrate baseline", temp.Path);
        var second = CalibrationWriter.Write(_small.Value, Info, "cxsim calibrate baseline", temp.Path);

        Assert.Equal(first + "-2", second);
        using var fit = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, FitJsonWriter.FileName)));
        Assert.Equal(Info.RunId + "-2", fit.RootElement.GetProperty("runId").GetString());
    }

    [Fact]
    public void The_calibrated_scenario_extends_the_fitted_one_and_loads_with_the_fitted_values()
    {
        using var temp = new TempDirectory();
        var result = _small.Value;

        var directory = CalibrationWriter.Write(result, Info, "cxsim calibrate baseline", temp.Path);
        var calibrated = ScenarioLoader.Load(Path.Combine(directory, CalibratedScenarioWriter.FileName));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, CalibratedScenarioWriter.FileName)));
        Assert.EndsWith("scenarios/baseline.json", json.RootElement.GetProperty("extends").GetString(), StringComparison.Ordinal);
        Assert.False(Path.IsPathRooted(json.RootElement.GetProperty("extends").GetString()));
        Assert.Equal("baseline-calibrated", calibrated.Name);
        var best = result.Best!.Values;
        Assert.All(calibrated.Segments, s => Assert.Equal(best[0], s.ToArray()[SegmentSpec.Specs.ToList().FindIndex(p => p.Name == "meanNeedWeeks")]));
        Assert.Equal(best[1], ScenarioParameters.Get(calibrated, "policy.incidentRate"));
        Assert.Equal(ScenarioParameters.Get(result.Scenario, "model.reviewRate"), ScenarioParameters.Get(calibrated, "model.reviewRate"));
    }

    [Fact]
    public void Fit_json_and_retention_csv_hold_the_table_the_fit_and_every_evaluation()
    {
        var result = _small.Value;

        var fit = FitJsonWriter.Read(FitJsonWriter.ToText(result, Info, "cxsim calibrate baseline --fit x"))!;
        var csv = RetentionCsvWriter.ToText(result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("cxsim calibrate baseline --fit x", fit.Command);
        Assert.Equal(["segments.*.meanNeedWeeks", "policy.incidentRate"], fit.Parameters.Select(p => p.Path));
        Assert.Equal(result.Best!.Values, fit.Parameters.Select(p => p.Fitted));
        Assert.Equal([1, 2], fit.FitPeriods);
        Assert.Equal([3], fit.HeldOutPeriods);
        Assert.Equal(result.Evaluations.Count, fit.History.Count);
        Assert.Equal(result.RmseFit, fit.RmseFit);
        Assert.Equal(4, fit.Simulated.Count);
        Assert.Equal(4 + (3 * 4), fit.WeeksSimulated);
        Assert.Equal("period,observed,simulated,benchmark_sbg,used_in_fit", csv[0]);
        Assert.StartsWith("0,100,100,100,false", csv[1], StringComparison.Ordinal);
        Assert.Equal("shiftedBetaGeometric", fit.Benchmark.Model);
        Assert.Equal(result.Benchmark.Alpha, fit.Benchmark.Alpha);
        Assert.Equal(result.BenchmarkRmseHeldOut, fit.Benchmark.RmseHeldOut);
        Assert.Equal(4, fit.Benchmark.Percent.Count);
        Assert.EndsWith(",true", csv[2], StringComparison.Ordinal);
        Assert.EndsWith(",false", csv[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_becomes_the_scenario_field_it_names_for_every_brand_or_segment_a_star_covers()
    {
        var scenario = ScenarioLoader.Load(ResultFixture.ScenarioPath("baseline.json"));

        var root = CalibratedScenarioWriter.Build(scenario, "../baseline.json", null, "n", "d",
            [("policy.serviceEffort", 0.2), ("brands.*.initialShare", 0.3), ("segments.*.meanNeedWeeks", 100), ("market.referencePrice", 12), ("network.neighbours", 8.0)]);

        Assert.Equal(0.2, root["brands"]!["Focal"]!["policy"]!["serviceEffort"]!.GetValue<double>());
        Assert.Equal(0.3, root["brands"]!["Rival"]!["initialShare"]!.GetValue<double>());
        Assert.Equal(100, root["segments"]!["bargain-hunters"]!["meanNeedWeeks"]!.GetValue<double>());
        Assert.Equal(12, root["market"]!["referencePrice"]!.GetValue<double>());
        Assert.Equal(8, root["network"]!["neighbours"]!.GetValue<int>());
        Assert.Equal("../baseline.json", root["extends"]!.GetValue<string>());
    }

    [Fact]
    public void The_report_shows_the_fit_the_chart_and_every_period()
    {
        var html = CalibrationReportWriter.ToText(_small.Value, Info, "cxsim calibrate <baseline>");

        Assert.Contains("retention-fit.svg", html, StringComparison.Ordinal);
        Assert.Contains("<code>segments.*.meanNeedWeeks</code>", html, StringComparison.Ordinal);
        Assert.Contains("Out of sample: held-out periods 3", html, StringComparison.Ordinal);
        Assert.Contains("Shifted-beta-geometric benchmark", html, StringComparison.Ordinal);
        Assert.Contains("cxsim calibrate &lt;baseline&gt;", html, StringComparison.Ordinal);
        Assert.Contains("held out</td>", html, StringComparison.Ordinal);
    }
}
