using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// The statistics of a comparison: per scenario and figure the mean over replicates with its t-based
/// 95% interval (<see cref="Interval.Of"/>), and for each scenario after the first the paired
/// difference (scenario − first), replicate k against replicate k (<see cref="Interval.OfDifference"/>).
/// Pairing is what common random numbers pay for: replicate k of every scenario used the same random
/// numbers, so the noise they share cancels in the difference.
/// </summary>
public static class ComparisonAnalysis
{
    /// <summary>Analyses <paramref name="samples"/> (the first is the reference) on <paramref name="figures"/>.</summary>
    /// <exception cref="ArgumentException">No samples, or two with the same label.</exception>
    public static ComparisonTable Analyse(IReadOnlyList<ScenarioSample> samples, IReadOnlyList<HeadlineFigure> figures, double level = Interval.DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(figures);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one scenario.", nameof(samples));
        }

        var labels = samples.Select(s => s.Scenario).ToArray();
        var duplicate = labels.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Scenario labels must be unique; '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(samples));
        }

        var reference = samples[0];
        var rows = new List<FigureComparison>(figures.Count * samples.Count);
        foreach (var figure in figures)
        {
            foreach (var sample in samples)
            {
                var estimate = Interval.Of(sample.ValuesOf(figure.Key), level);
                var difference = ReferenceEquals(sample, reference) ? (Interval?)null : PairedDifference(reference, sample, figure.Key, level);
                rows.Add(new FigureComparison(figure, sample.Scenario, estimate, difference));
            }
        }

        return new ComparisonTable(labels, figures, rows);
    }

    /// <summary>
    /// The interval of (treatment − reference) over the replicates both have, paired by replicate index;
    /// a pair with an undefined value on either side is left out.
    /// </summary>
    public static Interval PairedDifference(ScenarioSample reference, ScenarioSample treatment, string figureKey, double level = Interval.DefaultLevel)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(treatment);
        var byReplicate = reference.Replicates.ToDictionary(r => r.Replicate);
        var first = new List<double>();
        var second = new List<double>();
        foreach (var replicate in treatment.Replicates)
        {
            if (byReplicate.TryGetValue(replicate.Replicate, out var paired))
            {
                first.Add(paired[figureKey]);
                second.Add(replicate[figureKey]);
            }
        }

        return Interval.OfDifference(first, second, level);
    }
}
