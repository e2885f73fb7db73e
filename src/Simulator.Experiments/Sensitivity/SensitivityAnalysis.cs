using System.Globalization;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// Turns the finished runs of a <see cref="SensitivityDesign"/> into indices: each point's outcome is the
/// mean over its replicates (which share their random numbers with every other point's), then Morris
/// effects or Sobol indices are estimated from the method's points and the tornado from the
/// one-at-a-time points.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Bootstrap resamples behind each Sobol interval.</summary>
    public const int BootstrapResamples = 1000;

    /// <summary>The analysis of <paramref name="outcomes"/>.</summary>
    /// <exception cref="ArgumentException">Some point has no finished run.</exception>
    public static IReadOnlyList<OutcomeSensitivity> Analyse(SensitivityDesign design, IReadOnlyList<SweepRun> runs, IReadOnlyList<SweepFigure> outcomes)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(outcomes);
        var points = SweepPointSummary.Of(design.Sweep, runs);
        var missing = points.FirstOrDefault(p => p.Replicates == 0);
        if (missing is not null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Point {missing.Point.Id} has no finished run."), nameof(runs));
        }

        return [.. outcomes.Select(outcome => Analyse(design, [.. points.Select(p => p.Of(outcome).Mean)], outcome))];
    }

    /// <summary>The analysis of one outcome from each point's mean, in point order.</summary>
    public static OutcomeSensitivity Analyse(SensitivityDesign design, IReadOnlyList<double> means, SweepFigure outcome)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(outcome);
        var d = design.Parameters.Count;
        var tornado = design.Parameters
            .Select((p, i) => new TornadoBar(p.Path, design.Sweep.Points[design.LowPoint(i)].Values[i], design.Sweep.Points[design.HighPoint(i)].Values[i], means[design.LowPoint(i)], means[design.HighPoint(i)]))
            .ToArray();
        var methodMeans = means.Take(design.MethodPoints).ToArray();
        var undefined = methodMeans.Count(v => !double.IsFinite(v));
        if (undefined > 0)
        {
            return new OutcomeSensitivity(outcome, means[design.BasePoint], null, null, tornado,
                string.Create(CultureInfo.InvariantCulture, $"{outcome.Label} is undefined at {undefined} of the {design.MethodPoints} points (no customers to measure it on), so no index is computed."));
        }

        if (design.Method == SensitivityMethod.Morris)
        {
            return new OutcomeSensitivity(outcome, means[design.BasePoint], MorrisScreening.Analyse(methodMeans, [.. design.UnitPoints], d), null, tornado, null);
        }

        var variance = Variance(methodMeans);
        if (!(variance > 0))
        {
            return new OutcomeSensitivity(outcome, means[design.BasePoint], null, null, tornado, $"{outcome.Label} is the same at every point, so it has no variance to share out.");
        }

        return new OutcomeSensitivity(outcome, means[design.BasePoint], null, SobolAnalysis.Analyse(methodMeans, design.Samples, d, BootstrapResamples, design.Seed), tornado, null);
    }

    private static double Variance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Count;
    }
}
