using Simulator.Experiments.Calibration;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class CalibrationRecoveryTests
{
    private const string Path = "segments.*.meanNeedWeeks";
    private const double Truth = 120;

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_fit_recovers_a_known_setting_from_a_table_the_model_itself_produced()
    {
        // 1,500 customers, cohorts of the first 13 weeks followed for 6 periods of 13 weeks, no burn-in.
        var scenario = ScenarioLoader.Load(ShippedScenarios.PathOf("baseline")).WithRun(customers: 1500, burnInWeeks: 0, replicates: 1);
        var settings = new CalibrationSettings { PeriodWeeks = 13, FitPeriods = [1, 2, 3, 4, 5, 6], MaxEvaluations = 40 };
        var truth = ScenarioParameters.With(scenario, Path, Truth);
        var generated = await Calibrator.SimulateRetentionAsync(new ReferenceEngine(), truth, settings, [0, 1, 2, 3, 4, 5, 6]);
        var observed = new RetentionTable("generated", [.. generated.Periods.Select((p, i) => new RetentionPoint(p, Math.Round(generated.Percent[i], 2)))]);
        var parameter = FitParameter.For(scenario, Path, (20, 2000));

        var result = Calibrator.Run(new ReferenceEngine(), scenario, observed, settings, [parameter]);

        Assert.Equal(520, result.Start!.Values[0]);
        Assert.True(result.Start.RmseFit > 10, $"the start should be far off, RMSE {result.Start.RmseFit}");
        Assert.InRange(result.Best!.Values[0], Truth * 0.9, Truth * 1.1);
        Assert.True(result.RmseFit < 1, $"RMSE {result.RmseFit}");
        Assert.True(result.Evaluations.Count <= 40);
        Assert.True(result.Completed);
    }

    [Fact]
    public async Task Every_evaluation_uses_the_same_random_numbers_so_equal_settings_give_equal_curves()
    {
        var scenario = ScenarioLoader.Load(ShippedScenarios.PathOf("baseline")).WithRun(customers: 400, burnInWeeks: 0, replicates: 2);
        var settings = new CalibrationSettings { PeriodWeeks = 4, FitPeriods = [1, 2] };

        var a = await Calibrator.SimulateRetentionAsync(new ReferenceEngine(), scenario, settings, [0, 1, 2]);
        var b = await Calibrator.SimulateRetentionAsync(new ReferenceEngine(), scenario, settings, [0, 1, 2]);

        Assert.Equal(a.Percent, b.Percent);
        Assert.Equal(a.CohortSizes, b.CohortSizes);
        Assert.Equal(2, a.CohortSizes.Count);
    }

    [Fact]
    public void Settings_that_do_not_fit_the_table_are_refused_naming_the_option()
    {
        var scenario = ScenarioLoader.Load(ShippedScenarios.PathOf("baseline"));
        var table = new RetentionTable("t.csv", [new(0, 100), new(1, 80), new(2, 70)]);

        string[] Problems(CalibrationSettings s) => [.. s.Problems(table, scenario)];

        Assert.Equal("--fit-periods includes period 3, which t.csv does not have after period 0; allowed: 1-2.", Assert.Single(Problems(new CalibrationSettings { FitPeriods = [1, 3] })));
        Assert.Equal("--period-weeks 0 is out of range; allowed: 1 to 520.", Assert.Single(Problems(new CalibrationSettings { FitPeriods = [1], PeriodWeeks = 0 })));
        var longTable = new RetentionTable("t.csv", [new(1, 80), new(10, 40)]);
        Assert.StartsWith("the run would need 5720 weeks", Assert.Single(new CalibrationSettings { FitPeriods = [1], PeriodWeeks = 520 }.Problems(longTable, scenario)), StringComparison.Ordinal);
    }
}
