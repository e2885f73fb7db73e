using Simulator.Experiments.Statistics;
using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// A candidate evaluated again on fresh replicates that the search never saw: its figures there, and paired
/// differences from the starting policy on the same fresh replicates.
/// </summary>
/// <param name="InSample">The candidate as the search evaluated it.</param>
/// <param name="Fresh">The same candidate on the fresh replicates.</param>
public sealed record FreshCheck(Evaluation InSample, Evaluation Fresh)
{
    /// <summary>The paired difference candidate − start of <paramref name="figure"/> on the fresh replicates, with its 95% interval.</summary>
    public Interval DifferenceFrom(FreshCheck start, SweepFigure figure)
    {
        ArgumentNullException.ThrowIfNull(start);
        return Interval.OfDifference(start.Fresh.ByReplicate(figure), Fresh.ByReplicate(figure));
    }

    /// <summary>How much the search's figure overstated the fresh one: in-sample mean − fresh mean.</summary>
    public double Optimism(SweepFigure figure) => InSample.Mean(figure) - Fresh.Mean(figure);

    /// <summary>
    /// How much the search overstated the gain over the start: (in-sample − start in sample) − (fresh − start fresh).
    /// Unlike <see cref="Optimism"/> it leaves out what the search replicates did to every candidate alike (common random numbers).
    /// </summary>
    public double GainOptimism(FreshCheck start, SweepFigure figure)
    {
        ArgumentNullException.ThrowIfNull(start);
        return (InSample.Mean(figure) - start.InSample.Mean(figure)) - (Fresh.Mean(figure) - start.Fresh.Mean(figure));
    }
}
