using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// Morris (1991) elementary-effects screening, with the mu* of Campolongo, Cariboni &amp; Saltelli (2007):
/// <c>r</c> trajectories on a <c>p</c>-level grid of the unit cube, each moving one input at a time by
/// Δ = p / (2 (p - 1)) in a random order; d + 1 runs per trajectory. Deterministic for a seed.
/// Morris (1991), "Factorial sampling plans for preliminary computational experiments", Technometrics 33(2).
/// </summary>
public static class MorrisScreening
{
    /// <summary>The points of <paramref name="trajectories"/> trajectories, one after another, (d + 1) each.</summary>
    public static double[][] Design(int trajectories, int dimensions, int levels = 4, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "The grid needs an even number of levels, at least 2.");
        }

        var delta = Delta(levels);
        var points = new double[trajectories * (dimensions + 1)][];
        for (var t = 0; t < trajectories; t++)
        {
            // A start whose every coordinate can move up by Δ, and a random order of the inputs.
            var x = new double[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                x[i] = Math.Floor(Uniform(seed, t, i) * (levels / 2)) / (levels - 1);
            }

            var order = Enumerable.Range(0, dimensions).ToArray();
            for (var k = dimensions - 1; k > 0; k--)
            {
                var j = (int)Math.Min(k, Math.Floor(Uniform(seed, t, dimensions + k) * (k + 1)));
                (order[k], order[j]) = (order[j], order[k]);
            }

            var at = t * (dimensions + 1);
            points[at] = (double[])x.Clone();
            for (var step = 0; step < dimensions; step++)
            {
                x[order[step]] += delta;
                points[at + step + 1] = (double[])x.Clone();
            }
        }

        return points;
    }

    /// <summary>The effects from the outputs of <paramref name="design"/>'s points, in the same order.</summary>
    public static IReadOnlyList<MorrisEffect> Analyse(IReadOnlyList<double> outputs, double[][] design, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(design);
        if (outputs.Count != design.Length || design.Length % (dimensions + 1) != 0)
        {
            throw new ArgumentException($"Expected one output per point of trajectories of {dimensions + 1} points.", nameof(outputs));
        }

        var effects = Enumerable.Range(0, dimensions).Select(_ => new List<double>()).ToArray();
        for (var at = 0; at < design.Length; at += dimensions + 1)
        {
            for (var step = 0; step < dimensions; step++)
            {
                var before = design[at + step];
                var after = design[at + step + 1];
                // One coordinate moves per step; none when a whole-number parameter rounds the step away.
                var moved = Enumerable.Range(0, dimensions).Where(k => after[k] != before[k]).ToArray();
                if (moved.Length == 1)
                {
                    var i = moved[0];
                    effects[i].Add((outputs[at + step + 1] - outputs[at + step]) / (after[i] - before[i]));
                }
            }
        }

        return [.. effects.Select(e =>
        {
            if (e.Count == 0)
            {
                return new MorrisEffect(double.NaN, double.NaN, double.NaN);
            }

            var mu = e.Average();
            var sigma = e.Count < 2 ? 0 : Math.Sqrt(e.Sum(v => (v - mu) * (v - mu)) / (e.Count - 1));
            return new MorrisEffect(e.Average(Math.Abs), mu, sigma);
        })];
    }

    /// <summary>Runs <paramref name="model"/> on the design and analyses it: for a function of points in the unit cube.</summary>
    public static IReadOnlyList<MorrisEffect> Run(Func<double[], double> model, int trajectories, int dimensions, int levels = 4, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var design = Design(trajectories, dimensions, levels, seed);
        return Analyse([.. design.Select(model)], design, dimensions);
    }

    /// <summary>The step on a grid of <paramref name="levels"/> levels.</summary>
    public static double Delta(int levels) => levels / (2.0 * (levels - 1));

    private static double Uniform(ulong seed, int trajectory, int index) => Uniforms.Next(seed, 0x3011_1250_0000_0000UL, trajectory, index);
}
