using System.Runtime.InteropServices;
using System.Text.Json;
using Simulator.Experiments.Calibration;
using Simulator.Reporting.Json;
using Simulator.Reporting.Runs;

namespace Simulator.Reporting.Calibration;

/// <summary>Writes <c>fit.json</c> (indented, camelCase, invariant, NaN as <c>null</c>, like <c>summary.json</c>).</summary>
public static class FitJsonWriter
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "fit.json";

    /// <summary>Builds the summary of <paramref name="result"/>.</summary>
    public static FitSummary Build(CalibrationResult result, RunInfo info, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(command);
        var scenario = result.Scenario;
        var settings = result.Settings;
        var best = result.Best;
        var start = result.Start;
        var fitted = best?.Values ?? [.. result.Parameters.Select(p => p.Start)];
        double At(CalibrationEvaluation? e, int period) => e is null ? double.NaN : e.Curve.PercentAt(period);
        return new FitSummary(
            info.RunId,
            command,
            info.Engine,
            info.StartedAt,
            info.FinishedAt,
            info.Duration.TotalSeconds,
            result.Completed,
            JsonNamingPolicy.CamelCase.ConvertName(result.Stop.ToString()),
            scenario.Name,
            scenario.SourceFile,
            result.Observed.Source,
            scenario.Brands[settings.Brand].Name,
            settings.PeriodWeeks,
            settings.EffectiveCohortWeeks,
            scenario.Weeks,
            scenario.Customers,
            scenario.BurnInWeeks,
            scenario.Seed,
            scenario.Replicates,
            settings.FitPeriods,
            result.HeldOutPeriods,
            [.. settings.Overrides.Select(o => new SettingSummary(o.Key, o.Value))],
            [.. result.Parameters.Select((p, i) => new FitParameterSummary(p.Path, p.Start, p.Min, p.Max, JsonNamingPolicy.CamelCase.ConvertName(p.Scale.ToString()), fitted[i]))],
            result.RmseFit,
            result.RmseHeldOut,
            start?.RmseFit ?? double.NaN,
            result.StartRmseHeldOut,
            result.Evaluations.Count,
            settings.MaxEvaluations,
            settings.EffectiveExplore(result.Parameters.Count),
            best?.Curve.MeanCohortSize ?? double.NaN,
            [.. result.Observed.Points.Select(p => new ObservedPointSummary(p.Period, p.PercentSurviving))],
            [.. result.Observed.Points.Select(p => new SimulatedPointSummary(p.Period, At(best, p.Period), At(start, p.Period), p.PercentSurviving, settings.FitPeriods.Contains(p.Period)))],
            [.. result.Evaluations.Select(e => new FitEvaluationSummary(e.Number, e.Values, e.RmseFit, e.Curve.MeanCohortSize))],
            new BenchmarkSummary("shiftedBetaGeometric", result.Benchmark.Alpha, result.Benchmark.Beta, result.BenchmarkRmseFit, result.BenchmarkRmseHeldOut, result.BenchmarkCurve.Percent),
            new VersionsSummary(info.EffectiveProductVersion, RuntimeInformation.FrameworkDescription));
    }

    /// <summary>The whole file as text.</summary>
    public static string ToText(CalibrationResult result, RunInfo info, string command) =>
        JsonSerializer.Serialize(Build(result, info, command), SummaryJsonWriter.Options) + "\n";

    /// <summary>Writes the file to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteFile(CalibrationResult result, RunInfo info, string command, string path) =>
        File.WriteAllText(path, ToText(result, info, command), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Reads a file back.</summary>
    public static FitSummary? Read(string json) => JsonSerializer.Deserialize<FitSummary>(json, SummaryJsonWriter.Options);
}
