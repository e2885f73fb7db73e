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

    /// <summary>
    /// The analysis of a stopped run from what finished: the Morris trajectories or Sobol base rows whose
    /// every point ran all <paramref name="replicates"/> replicates, and the tornado bars whose three points did.
    /// </summary>
    public static IReadOnlyList<OutcomeSensitivity> AnalyseFinished(SensitivityDesign design, IReadOnlyList<SweepRun> runs, IReadOnlyList<SweepFigure> outcomes, int replicates)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(outcomes);
        var points = SweepPointSummary.Of(design.Sweep, runs);
        var finished = points.Select(p => p.Replicates >= replicates).ToArray();
        return [.. outcomes.Select(outcome => Analyse(design, [.. points.Select(p => p.Of(outcome).Mean)], outcome, finished))];
    }

    /// <summary>How many Morris trajectories or Sobol base rows have every point finished.</summary>
    public static int Usable(SensitivityDesign design, IReadOnlyList<bool> finished)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(finished);
        return MethodRows(design, finished).Length;
    }

    /// <summary>The analysis of one outcome from each point's mean, in point order; with <paramref name="finished"/>, only from the points that finished.</summary>
    public static OutcomeSensitivity Analyse(SensitivityDesign design, IReadOnlyList<double> means, SweepFigure outcome, IReadOnlyList<bool>? finished = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(outcome);
        var d = design.Parameters.Count;
        bool Done(int point) => finished is null || finished[point];
        double At(int point) => Done(point) ? means[point] : double.NaN;
        var tornado = design.Parameters
            .Select((p, i) => new TornadoBar(p.Path, design.Sweep.Points[design.LowPoint(i)].Values[i], design.Sweep.Points[design.HighPoint(i)].Values[i], At(design.LowPoint(i)), At(design.HighPoint(i))))
            .ToArray();
        var rows = MethodRows(design, finished ?? [.. Enumerable.Repeat(true, means.Count)]);
        var n = rows.Length;
        var baseValue = At(design.BasePoint);
        var (minimum, what) = design.Method == SensitivityMethod.Morris ? (2, "trajectories") : (4, "base samples");
        if (n < minimum)
        {
            return new OutcomeSensitivity(outcome, baseValue, null, null, tornado,
                string.Create(CultureInfo.InvariantCulture, $"Only {n} of {design.Samples} {what} finished; at least {minimum} are needed for indices."), n);
        }

        // The method's points of the rows used, in the method's own order (Morris: trajectory by trajectory;
        // Sobol: the A, B and AB_i blocks of the rows used).
        var used = design.Method == SensitivityMethod.Morris
            ? rows.SelectMany(t => Enumerable.Range(t * (d + 1), d + 1)).ToArray()
            : Enumerable.Range(0, d + 2).SelectMany(block => rows.Select(r => block * design.Samples + r)).ToArray();
        var methodMeans = used.Select(p => means[p]).ToArray();
        var undefined = methodMeans.Count(v => !double.IsFinite(v));
        if (undefined > 0)
        {
            return new OutcomeSensitivity(outcome, baseValue, null, null, tornado,
                string.Create(CultureInfo.InvariantCulture, $"{outcome.Label} is undefined at {undefined} of the {used.Length} points (no customers to measure it on), so no index is computed."), n);
        }

        if (design.Method == SensitivityMethod.Morris)
        {
            // The steps as the parameters actually moved (a whole-number parameter moves by a rounded amount), on the unit scale of each range.
            double[] Unit(int point) => [.. design.Parameters.Select((p, i) => (design.Sweep.Points[point].Values[i] - p.Low) / (p.High - p.Low))];
            return new OutcomeSensitivity(outcome, baseValue, MorrisScreening.Analyse(methodMeans, [.. used.Select(Unit)], d), null, tornado, null, n);
        }

        var variance = Variance(methodMeans);
        if (!(variance > 0))
        {
            return new OutcomeSensitivity(outcome, baseValue, null, null, tornado, $"{outcome.Label} is the same at every point, so it has no variance to share out.", n);
        }

        return new OutcomeSensitivity(outcome, baseValue, null, SobolAnalysis.Analyse(methodMeans, n, d, BootstrapResamples, design.Seed), tornado, null, n);
    }

    // The Morris trajectories, or the Sobol base rows, whose every point finished.
    private static int[] MethodRows(SensitivityDesign design, IReadOnlyList<bool> finished)
    {
        var d = design.Parameters.Count;
        return design.Method == SensitivityMethod.Morris
            ? [.. Enumerable.Range(0, design.Samples).Where(t => Enumerable.Range(t * (d + 1), d + 1).All(p => finished[p]))]
            : [.. Enumerable.Range(0, design.Samples).Where(r => Enumerable.Range(0, d + 2).All(block => finished[block * design.Samples + r]))];
    }

    private static double Variance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Count;
    }
}
