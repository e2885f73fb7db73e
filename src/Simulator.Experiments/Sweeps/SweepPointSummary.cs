using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Sweeps;

/// <summary>A design point's figures over its replicates: each a mean with its 95% t interval.</summary>
/// <param name="Point">The design point.</param>
/// <param name="Replicates">How many replicates of it finished.</param>
/// <param name="Figures">One interval per figure, in the order of <see cref="SweepFigures.All"/> (no bounds with one replicate).</param>
public sealed record SweepPointSummary(DesignPoint Point, int Replicates, IReadOnlyList<Interval> Figures)
{
    /// <summary>The summaries of every point of <paramref name="design"/> from its finished <paramref name="runs"/> (a point without runs has NaN means).</summary>
    public static IReadOnlyList<SweepPointSummary> Of(SweepDesign design, IEnumerable<SweepRun> runs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        var byPoint = SweepRun.Distinct(runs).ToLookup(r => r.Point);
        return design.Points
            .Select(point =>
            {
                var own = byPoint[point.Id].ToArray();
                var figures = Enumerable.Range(0, SweepFigures.All.Count).Select(i => Interval.Of(own.Select(r => r.Figures[i]))).ToArray();
                return new SweepPointSummary(point, own.Length, figures);
            })
            .ToArray();
    }

    /// <summary>The interval of <paramref name="figure"/>.</summary>
    public Interval Of(SweepFigure figure) => Figures[SweepFigures.IndexOf(figure)];
}
