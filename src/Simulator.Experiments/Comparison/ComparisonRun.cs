using System.Globalization;
using Simulator.Model.Engine;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// Everything a comparison shows, computed once: the scenarios' results in order (the first is the
/// reference), a unique label for each, the analysis of the headline figures, and the focal brand's
/// weekly rows.
/// </summary>
public sealed class ComparisonRun
{
    private ComparisonRun(IReadOnlyList<SimulationResult> results, IReadOnlyList<string> labels, ComparisonTable table, IReadOnlyList<IReadOnlyList<FocalWeek>> weekly)
    {
        Results = results;
        Labels = labels;
        Table = table;
        Weekly = weekly;
    }

    /// <summary>The results, in the order given; the first is the reference.</summary>
    public IReadOnlyList<SimulationResult> Results { get; }

    /// <summary>One unique label per result: the scenario's name, with "-2", "-3"... for repeats.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The headline figures: estimates and paired differences from the first scenario.</summary>
    public ComparisonTable Table { get; }

    /// <summary>The focal brand's weekly rows of each result, in the order of <see cref="Results"/>.</summary>
    public IReadOnlyList<IReadOnlyList<FocalWeek>> Weekly { get; }

    /// <summary>Whether every result ran every week of every replicate.</summary>
    public bool Completed => Results.All(r => r.Completed);

    /// <summary>The most weeks any replicate of any scenario finished.</summary>
    public int Weeks => Weekly.Select(WeeklyComparison.Weeks).DefaultIfEmpty(0).Max();

    /// <summary>The replicates of each scenario that ran every week (those the headline figures use).</summary>
    public IReadOnlyList<int> CompleteReplicates => Results.Select(r => r.Replicates.Count(x => x.Ticks.Count >= r.Scenario.Weeks)).ToArray();

    /// <summary>Analyses <paramref name="results"/> (the first is the reference) on <paramref name="figures"/> (default <see cref="HeadlineFigures.All"/>).</summary>
    public static ComparisonRun Of(IReadOnlyList<SimulationResult> results, IReadOnlyList<HeadlineFigure>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("A comparison needs at least one result.", nameof(results));
        }

        var labels = UniqueLabels(results.Select(r => r.Scenario.Name).ToArray());
        var samples = results.Select((r, i) => ScenarioSample.Of(labels[i], r, figures ?? HeadlineFigures.All)).ToArray();
        var table = ComparisonAnalysis.Analyse(samples, figures ?? HeadlineFigures.All);
        var weekly = results.Select(r => WeeklyComparison.Rows(r)).ToArray();
        return new ComparisonRun(results, labels, table, weekly);
    }

    /// <summary>The names made unique: a repeated name gets "-2", "-3"... in order of appearance.</summary>
    public static IReadOnlyList<string> UniqueLabels(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var labels = new List<string>(names.Count);
        foreach (var name in names)
        {
            var label = name;
            for (var n = 2; !taken.Add(label); n++)
            {
                label = name + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            labels.Add(label);
        }

        return labels;
    }
}
