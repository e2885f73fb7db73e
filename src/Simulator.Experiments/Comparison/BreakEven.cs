using Simulator.Experiments.Engines;
using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// Break-even of a cost: the value of one cost parameter at which a scenario stops beating the
/// reference on profit. Both scenarios run at each value of a grid over [LO, HI], on the same seeds at
/// every value (common random numbers); each replicate's profit difference is interpolated linearly
/// between the grid values around its first change of sign, which is exact when the cost only enters
/// the accounts (every cost of this model but costPerImpression and costPerServiceContact, which set
/// what the relationship budget buys: docs/economics.md) and an approximation otherwise.
/// </summary>
public static class BreakEven
{
    /// <summary>Grid values when not told otherwise.</summary>
    public const int DefaultPoints = 9;

    /// <summary><paramref name="points"/> evenly spaced values from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static double[] Grid(double low, double high, int points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        return [.. Enumerable.Range(0, points).Select(i => i == points - 1 ? high : low + i * (high - low) / (points - 1))];
    }

    /// <summary>Runs both scenarios at each grid value; returns the profit of every (value, scenario, replicate), NaN where a run did not finish.</summary>
    public static async Task<double[,,]> RunAsync(
        ISimulationEngine engine,
        Scenario reference,
        Scenario treatment,
        string path,
        IReadOnlyList<double> grid,
        int replicates,
        ISweepProgress progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(progress);
        var profits = new double[grid.Count, 2, replicates];
        for (var i = 0; i < grid.Count; i++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var r = 0; r < replicates; r++)
                {
                    profits[i, s, r] = double.NaN;
                }
            }
        }

        var jobs = grid.SelectMany((value, i) => new[] { reference, treatment }.SelectMany((scenario, s) =>
            Enumerable.Range(0, replicates).Select(r => new ReplicateJob<(int Point, int Scenario)>((i, s), ScenarioParameters.With(scenario, path, value), r)))).ToArray();
        await ReplicateRunner.RunAsync(engine, jobs, (job, result) =>
        {
            var headlines = Headlines.Of(result, 0, 0);
            profits[job.Key.Point, job.Key.Scenario, job.Replicate] = headlines.Profit;
            progress.RunDone(SweepRun.From(job.Key.Point * 2 + job.Key.Scenario, job.Replicate, headlines));
        }, progress.WeekDone, cancellationToken).ConfigureAwait(false);
        return profits;
    }

    /// <summary>The analysis of the profits of <see cref="RunAsync"/>: the difference at each value, and where it changes sign.</summary>
    public static BreakEvenResult Analyse(string path, IReadOnlyList<double> grid, double[,,] profits)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(profits);
        var replicates = profits.GetLength(2);
        var differences = new double[replicates][];
        for (var r = 0; r < replicates; r++)
        {
            differences[r] = [.. Enumerable.Range(0, grid.Count).Select(i => profits[i, 1, r] - profits[i, 0, r])];
        }

        var complete = differences.Where(d => d.All(double.IsFinite)).ToArray();
        var byValue = Enumerable.Range(0, grid.Count).Select(i => Interval.Of(complete.Select(d => d[i]))).ToArray();
        var crossings = complete.Select(d => Crossing(grid, d)).ToArray();
        var found = crossings.Where(double.IsFinite).ToArray();
        return new BreakEvenResult(path, grid, byValue, Crossing(grid, [.. byValue.Select(b => b.Mean)]), Interval.Of(found), found.Length, complete.Length);
    }

    /// <summary>
    /// Where <paramref name="differences"/> (one per grid value) first changes sign, by linear
    /// interpolation between the two values around it; a value where it is exactly zero is the
    /// crossing itself. NaN when the sign never changes over the grid.
    /// </summary>
    public static double Crossing(IReadOnlyList<double> grid, IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(differences);
        for (var i = 0; i < grid.Count - 1; i++)
        {
            var (a, b) = (differences[i], differences[i + 1]);
            if (a == 0)
            {
                return grid[i];
            }

            if (Math.Sign(a) * Math.Sign(b) < 0)
            {
                return grid[i] + (grid[i + 1] - grid[i]) * a / (a - b);
            }
        }

        return differences.Count > 0 && differences[^1] == 0 ? grid[^1] : double.NaN;
    }
}
