using MathNet.Numerics.Distributions;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Engines;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Uncertainty;

/// <summary>
/// Comparisons robust to the modelling choices: every scenario is run under each parameter set of a
/// <see cref="RobustDesign"/>, with the same seed and replicates everywhere (common random numbers
/// across scenarios and sets), and each difference from the reference is read across the sets.
/// </summary>
public static class RobustComparison
{
    /// <summary>The share of a parameter's range at each end whose sets are compared to see whether the sign flips.</summary>
    public const double EndShare = 0.2;

    /// <summary>Runs every (set, scenario, replicate) over the engine; returns how many finished.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="scenarios">The scenarios with their run settings (the first is the reference).</param>
    /// <param name="design">The parameter sets.</param>
    /// <param name="replicates">Replicates per scenario and set.</param>
    /// <param name="record">Hears of each finished run (from several threads).</param>
    /// <param name="progress">Hears of weeks and runs.</param>
    /// <param name="cancellationToken">Stops the work; runs cut short are dropped.</param>
    public static Task<int> RunAsync(
        ISimulationEngine engine,
        IReadOnlyList<Scenario> scenarios,
        RobustDesign design,
        int replicates,
        Action<RobustObservation> record,
        ISweepProgress progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(progress);
        var jobs = new List<ReplicateJob<(int Set, int Scenario)>>();
        for (var set = 0; set < design.Sets.Count; set++)
        {
            for (var s = 0; s < scenarios.Count; s++)
            {
                var scenario = design.Apply(scenarios[s], set);
                jobs.AddRange(Enumerable.Range(0, replicates).Select(r => new ReplicateJob<(int, int)>((set, s), scenario, r)));
            }
        }

        return ReplicateRunner.RunAsync(engine, jobs, (job, result) =>
        {
            var headlines = Headlines.Of(result, 0, 0);
            record(new RobustObservation(job.Key.Set, job.Key.Scenario, job.Replicate, [.. HeadlineFigures.All.Select(f => f.Value(headlines))]));
            progress.RunDone(SweepRun.From(job.Key.Set * scenarios.Count + job.Key.Scenario, job.Replicate, headlines));
        }, progress.WeekDone, cancellationToken);
    }

    /// <summary>Analyses the sets whose every run finished.</summary>
    /// <param name="design">The parameter sets.</param>
    /// <param name="scenarios">How many scenarios were compared.</param>
    /// <param name="replicates">Replicates per scenario and set.</param>
    /// <param name="observations">The finished runs, figures in the order of <see cref="HeadlineFigures.All"/>.</param>
    public static RobustResult Analyse(RobustDesign design, int scenarios, int replicates, IReadOnlyList<RobustObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(observations);
        // values[set][scenario][replicate][figure]
        var values = new IReadOnlyList<double>?[design.Sets.Count, scenarios, replicates];
        foreach (var o in observations)
        {
            values[o.Set, o.Scenario, o.Replicate] = o.Figures;
        }

        var complete = Enumerable.Range(0, design.Sets.Count)
            .Where(set => Enumerable.Range(0, scenarios).All(s => Enumerable.Range(0, replicates).All(r => values[set, s, r] is not null)))
            .ToArray();
        var figures = new List<RobustFigure>();
        for (var s = 1; s < scenarios; s++)
        {
            for (var f = 0; f < HeadlineFigures.All.Count; f++)
            {
                double[] Replicates(int set, int scenario) => [.. Enumerable.Range(0, replicates).Select(r => values[set, scenario, r]![f])];
                var paired = complete.Select(set => Interval.OfDifference(Replicates(set, 0), Replicates(set, s))).ToArray();
                var differences = paired.Select(p => p.Mean).ToArray();
                figures.Add(Figure(design, complete, s, HeadlineFigures.All[f], differences, paired));
            }
        }

        return new RobustResult(complete, figures);
    }

    private static RobustFigure Figure(RobustDesign design, int[] sets, int scenario, HeadlineFigure figure, double[] differences, Interval[] paired)
    {
        var defined = Enumerable.Range(0, sets.Length).Where(i => double.IsFinite(differences[i])).ToArray();
        // For a cost, lower is better: the scenario beats the reference where its figure is lower.
        var sign = figure.LowerIsBetter ? -1 : 1;
        var beats = Proportion.Of(defined.Count(i => sign * differences[i] > 0), defined.Length);
        var better = defined.Count(i => paired[i].ExcludesZero && (sign > 0 ? paired[i].Lower > 0 : paired[i].Upper < 0));
        var worse = defined.Count(i => paired[i].ExcludesZero && (sign > 0 ? paired[i].Upper < 0 : paired[i].Lower > 0));
        return new RobustFigure(scenario, figure, differences, beats, better, worse, Influences(design, [.. defined.Select(i => sets[i])], [.. defined.Select(i => differences[i])]));
    }

    // Every parameter's influence on the difference, largest |coefficient| first.
    private static IReadOnlyList<ParameterInfluence> Influences(RobustDesign design, int[] sets, double[] differences)
    {
        var d = design.Parameters.Count;
        var n = sets.Length;
        if (n < 3)
        {
            return [];
        }

        var rows = sets.Select(set => (IReadOnlyList<double>)design.Sets[set]).ToArray();
        var partial = RankCorrelation.CanPartial(n, d);
        var coefficients = partial ? RankCorrelation.Partial(rows, differences) : RankCorrelation.Spearman(rows, differences);
        var controls = partial ? d - 1 : 0;
        var degrees = n - 2 - controls;
        // Bonferroni over the d parameters tested: with 83 of them, about four would pass an uncorrected
        // 5% test by chance and be named as able to flip a ranking they do not move.
        var critical = degrees > 0 ? StudentT.InvCDF(0, 1, degrees, 1 - 0.025 / d) : double.PositiveInfinity;
        var influences = new ParameterInfluence[d];
        for (var i = 0; i < d; i++)
        {
            var p = design.Parameters[i];
            var t = RankCorrelation.TStatistic(coefficients[i], n, controls);
            double End(bool high) => Mean(Enumerable.Range(0, n)
                .Where(k => high ? rows[k][i] >= p.High - EndShare * (p.High - p.Low) : rows[k][i] <= p.Low + EndShare * (p.High - p.Low))
                .Select(k => differences[k]));
            influences[i] = new ParameterInfluence(p.Path, coefficients[i], partial, t, Math.Abs(t) > critical, End(high: false), End(high: true));
        }

        return [.. influences.OrderByDescending(x => Math.Abs(x.Coefficient)).ThenBy(x => x.Path, StringComparer.Ordinal)];
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? double.NaN : list.Average();
    }
}
