using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>One evaluated candidate policy: where it came from, its lever values, and its runs.</summary>
/// <param name="Id">Its number in the order of evaluation (0 is the starting policy).</param>
/// <param name="Search">The scalarised search that proposed it (0 for a single objective; −1 for the start).</param>
/// <param name="Generation">The CMA-ES generation that proposed it (−1 for the start).</param>
/// <param name="Values">The lever values, in the order of the problem's levers.</param>
/// <param name="Runs">One run per replicate (point numbers are not used).</param>
public sealed record Evaluation(int Id, int Search, int Generation, IReadOnlyList<double> Values, IReadOnlyList<SweepRun> Runs)
{
    /// <summary>The mean of <paramref name="figure"/> over the runs (NaN when undefined in every run).</summary>
    public double Mean(SweepFigure figure) => Of(figure).Mean;

    /// <summary>The mean of <paramref name="figure"/> with its 95% t interval over the runs.</summary>
    public Interval Of(SweepFigure figure)
    {
        var index = SweepFigures.IndexOf(figure);
        return Interval.Of(Runs.Select(r => r.Figures[index]));
    }

    /// <summary>The figure's value in each run, by replicate.</summary>
    public IReadOnlyList<double> ByReplicate(SweepFigure figure)
    {
        var index = SweepFigures.IndexOf(figure);
        return [.. Runs.OrderBy(r => r.Replicate).Select(r => r.Figures[index])];
    }

    /// <summary>The canonical key of the lever values (two candidates with the same key set the scenario identically).</summary>
    public static string KeyOf(IReadOnlyList<double> values) => string.Join(';', values.Select(DesignPoint.FormatValue));
}
