using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Randomness;

namespace Simulator.Experiments.Tests.Optimisation;

/// <summary>Synthetic objectives with known optima, evaluated like simulations: by candidate and replicate.</summary>
internal static class Synthetic
{
    public static SweepFigure Profit { get; } = SweepFigures.ByOutcome("profit");

    public static SweepFigure Nps { get; } = SweepFigures.ByOutcome("nps");

    /// <summary>A figure vector with profit and NPS set, the rest 0.</summary>
    public static double[] Figures(double profit, double nps)
    {
        var figures = new double[SweepFigures.All.Count];
        figures[SweepFigures.IndexOf(Profit)] = profit;
        figures[SweepFigures.IndexOf(Nps)] = nps;
        return figures;
    }

    /// <summary>An evaluator of (profit, nps) = f(values, replicate) that records every candidate it was asked for.</summary>
    public static CandidateEvaluator Of(Func<IReadOnlyList<double>, int, (double Profit, double Nps)> f, List<IReadOnlyList<double>>? asked = null) =>
        (candidates, replicates, _) =>
        {
            asked?.AddRange(candidates);
            return Task.FromResult<IReadOnlyList<SweepRun>>([.. candidates.SelectMany((c, i) => replicates.Select(r =>
            {
                var (profit, nps) = f(c, r);
                return new SweepRun(i, r, Figures(profit, nps));
            }))]);
        };

    /// <summary>A standard normal that depends on the candidate's values and the replicate only (a fixed "simulation noise").</summary>
    public static double Noise(IReadOnlyList<double> values, int replicate, ulong seed)
    {
        var key = values.Aggregate(seed, (h, v) => CounterRandom.Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(v)));
        var u1 = Uniforms.Next(key, 1, replicate, 0);
        var u2 = Uniforms.Next(key, 1, replicate, 1);
        return Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A problem over <paramref name="levers"/> levers in [0, 1], starting at <paramref name="start"/> each.</summary>
    public static OptimisationProblem Problem(int levers, IReadOnlyList<SweepFigure>? objectives = null, IReadOnlyList<OptimisationConstraint>? constraints = null, int replicates = 3, int evaluations = 200, ulong seed = 42, int freshReplicates = 20, double start = 0.9) =>
        new(
            [.. Enumerable.Range(0, levers).Select(j => new OptimisationLever($"policy.lever{j}", 0, 1, start, false))],
            objectives ?? [Profit],
            constraints ?? [],
            replicates,
            evaluations,
            freshReplicates,
            OptimisationProblem.DefaultFreshCandidates,
            new CmaEsOptions { Seed = seed });
}
