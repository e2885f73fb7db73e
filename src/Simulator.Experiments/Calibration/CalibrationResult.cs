using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Calibration;

/// <summary>The outcome of a fit: every evaluation, the best one, and its error in and out of sample.</summary>
/// <param name="Scenario">The scenario as simulated, before the fitted values (run settings applied, weeks set for the table).</param>
/// <param name="Observed">The observed table.</param>
/// <param name="Settings">The settings of the fit.</param>
/// <param name="Parameters">The fitted parameters, with their start and bounds.</param>
/// <param name="Evaluations">Every simulation run, in order; the first is the start.</param>
/// <param name="Stop">Why the search stopped.</param>
public sealed record CalibrationResult(
    Scenario Scenario,
    RetentionTable Observed,
    CalibrationSettings Settings,
    IReadOnlyList<FitParameter> Parameters,
    IReadOnlyList<CalibrationEvaluation> Evaluations,
    OptimizationStop Stop)
{
    /// <summary>False when the fit was cancelled before its budget or convergence.</summary>
    public bool Completed => Stop != OptimizationStop.Cancelled;

    /// <summary>The first evaluation: the scenario's own values.</summary>
    public CalibrationEvaluation? Start => Evaluations.Count == 0 ? null : Evaluations[0];

    /// <summary>The evaluation with the smallest error on the fitted periods (the earliest on ties).</summary>
    public CalibrationEvaluation? Best =>
        Evaluations.Count == 0
            ? null
            : Evaluations.Aggregate((best, e) => Key(e.RmseFit) < Key(best.RmseFit) ? e : best);

    /// <summary>The table's periods after 0 that were not fitted.</summary>
    public IReadOnlyList<int> HeldOutPeriods => Settings.HeldOutPeriods(Observed);

    /// <summary>The best error on the fitted periods (percentage points).</summary>
    public double RmseFit => Best?.RmseFit ?? double.NaN;

    /// <summary>The best evaluation's error on the held-out periods (NaN when none is held out).</summary>
    public double RmseHeldOut => Best is { } best ? RetentionError.Rmse(Observed, best.Curve, HeldOutPeriods) : double.NaN;

    /// <summary>The start's error on the held-out periods.</summary>
    public double StartRmseHeldOut => Start is { } start ? RetentionError.Rmse(Observed, start.Curve, HeldOutPeriods) : double.NaN;

    /// <summary>
    /// The benchmark: Fader &amp; Hardie's shifted-beta-geometric model fitted by maximum likelihood to the same
    /// periods of the observed table (two parameters, no mechanism).
    /// </summary>
    public ShiftedBetaGeometric Benchmark { get; } = ShiftedBetaGeometric.Fit(Observed, Settings.FitPeriods);

    /// <summary>The benchmark's curve at every period of the observed table.</summary>
    public SimulatedRetention BenchmarkCurve => Benchmark.Curve(Observed.Periods);

    /// <summary>The benchmark's error on the fitted periods (percentage points).</summary>
    public double BenchmarkRmseFit => RetentionError.Rmse(Observed, BenchmarkCurve, Settings.FitPeriods);

    /// <summary>The benchmark's error on the held-out periods (NaN when none is held out).</summary>
    public double BenchmarkRmseHeldOut => RetentionError.Rmse(Observed, BenchmarkCurve, HeldOutPeriods);

    /// <summary>The scenario with the fitted values set (the start's when nothing was evaluated).</summary>
    public Scenario FittedScenario => Calibrator.Apply(Scenario, Parameters, Best?.Values ?? [.. Parameters.Select(p => p.Start)]);

    private static double Key(double rmse) => double.IsNaN(rmse) ? double.PositiveInfinity : rmse;
}
