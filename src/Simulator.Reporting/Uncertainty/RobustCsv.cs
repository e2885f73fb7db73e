using Simulator.Experiments.Uncertainty;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Uncertainty;

/// <summary>
/// The tables of a robust comparison: <c>robust.csv</c> (one line per scenario and figure: the
/// distribution of the difference from the reference over the parameter sets and the probability of
/// beating it), <c>influence.csv</c> (one line per scenario, figure and parameter: its rank correlation
/// with the difference and the mean difference at each end of its range) and <c>sets.csv</c> (one line per
/// set and scenario: the parameters' values and each figure's mean over the replicates).
/// </summary>
public static class RobustCsv
{
    /// <summary>The summary's file name.</summary>
    public const string FileName = "robust.csv";

    /// <summary>The influences' file name.</summary>
    public const string InfluenceFileName = "influence.csv";

    /// <summary>The sets' file name.</summary>
    public const string SetsFileName = "sets.csv";

    /// <summary>The columns of robust.csv, each declared once.</summary>
    public static IReadOnlyList<CsvColumn<RobustRow>> Columns { get; } =
    [
        CsvColumn<RobustRow>.Key("figure", "The headline figure (as comparison.csv names it).", r => r.Figure.Figure.Key),
        CsvColumn<RobustRow>.Key("reference", "The scenario compared against (the first given).", r => r.Reference),
        CsvColumn<RobustRow>.Key("scenario", "The scenario compared.", r => r.Scenario),
        CsvColumn<RobustRow>.Count("sets", "parameter sets", "Sets in which the figure is defined for both.", r => r.Figure.Beats.Trials),
        CsvColumn<RobustRow>.Measure("mean_difference", "the figure's difference unit", "Scenario minus reference, averaged over the sets (each set's difference is the mean over its replicates).", r => r.Figure.Mean),
        CsvColumn<RobustRow>.Measure("p05", "the figure's difference unit", "5th percentile of the differences over the sets.", r => r.Figure.Quantile(0.05)),
        CsvColumn<RobustRow>.Measure("median", "the figure's difference unit", "Median difference.", r => r.Figure.Quantile(0.5)),
        CsvColumn<RobustRow>.Measure("p95", "the figure's difference unit", "95th percentile of the differences.", r => r.Figure.Quantile(0.95)),
        CsvColumn<RobustRow>.Measure("min", "the figure's difference unit", "Smallest difference.", r => r.Figure.Quantile(0)),
        CsvColumn<RobustRow>.Measure("max", "the figure's difference unit", "Largest difference.", r => r.Figure.Quantile(1)),
        CsvColumn<RobustRow>.Measure("p_beats", "probability", "Share of the sets in which the scenario's figure is higher.", r => r.Figure.Beats.Value),
        CsvColumn<RobustRow>.Measure("p_beats_low", "probability", "Lower end of the Wilson 95% interval of p_beats.", r => r.Figure.Beats.Lower),
        CsvColumn<RobustRow>.Measure("p_beats_high", "probability", "Upper end of the Wilson 95% interval of p_beats.", r => r.Figure.Beats.Upper),
        CsvColumn<RobustRow>.Count("clearly_better", "parameter sets", "Sets whose paired 95% interval over the replicates lies above zero.", r => r.Figure.ClearlyBetter),
        CsvColumn<RobustRow>.Count("clearly_worse", "parameter sets", "Sets whose paired 95% interval lies below zero.", r => r.Figure.ClearlyWorse),
        CsvColumn<RobustRow>.Key("flipped_by", "The parameters that can flip the ranking (significant, and their low and high ends give the difference opposite signs), most influential first, separated by spaces.", r => string.Join(' ', r.Figure.Flippers.Select(f => f.Path))),
    ];

    /// <summary>The columns of influence.csv.</summary>
    public static IReadOnlyList<CsvColumn<(RobustRow Row, ParameterInfluence Influence)>> InfluenceColumns { get; } =
    [
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("figure", "The headline figure.", r => r.Row.Figure.Figure.Key),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("scenario", "The scenario compared with the reference.", r => r.Row.Scenario),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("parameter", "The parameter's path.", r => r.Influence.Path),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Measure("coefficient", "correlation -1 to 1", "Partial rank correlation of the difference with the parameter (Spearman's when there were too few sets).", r => r.Influence.Coefficient),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("kind", "prcc or spearman.", r => r.Influence.Partial ? "prcc" : "spearman"),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Measure("t", "", "The coefficient's t statistic.", r => r.Influence.TStatistic),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("significant", "true when the coefficient differs from zero at the 5% level (Bonferroni-corrected for the number of parameters).", r => r.Influence.Significant ? "true" : "false"),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Measure("difference_low_end", "the figure's difference unit", "Mean difference over the sets with the parameter in the lowest fifth of its range.", r => r.Influence.LowFifth),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Measure("difference_high_end", "the figure's difference unit", "Mean difference over the sets in the highest fifth.", r => r.Influence.HighFifth),
        CsvColumn<(RobustRow Row, ParameterInfluence Influence)>.Key("flips", "true when the coefficient is significant and the two ends give opposite signs: the parameter can flip the ranking.", r => r.Influence.Flips ? "true" : "false"),
    ];

    /// <summary>robust.csv's text.</summary>
    public static string Text(IReadOnlyList<RobustRow> rows) => CsvFormat.ToText(w => CsvTable.Write(w, Columns, rows));

    /// <summary>influence.csv's text.</summary>
    public static string InfluenceText(IReadOnlyList<RobustRow> rows) =>
        CsvFormat.ToText(w => CsvTable.Write(w, InfluenceColumns, rows.SelectMany(r => r.Figure.Influences.Select(i => (r, i)))));

    /// <summary>sets.csv's text: for each complete set and scenario, the parameters' values and each figure's mean over the replicates.</summary>
    public static string SetsText(RobustDesign design, IReadOnlyList<string> scenarios, RobustResult result, IReadOnlyList<RobustObservation> observations, IReadOnlyList<Experiments.Comparison.HeadlineFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(figures);
        var byRun = observations.ToLookup(o => (o.Set, o.Scenario));
        var rows = result.CompleteSets.SelectMany(set => scenarios.Select((label, s) => (Set: set, Label: label, Means: Means(byRun[(set, s)], figures.Count)))).ToArray();
        IReadOnlyList<CsvColumn<(int Set, string Label, double[] Means)>> columns =
        [
            CsvColumn<(int Set, string Label, double[] Means)>.Key("set", "index", "The parameter set.", r => r.Set),
            CsvColumn<(int Set, string Label, double[] Means)>.Key("scenario", "The scenario.", r => r.Label),
            .. design.Parameters.Select((p, i) => CsvColumn<(int Set, string Label, double[] Means)>.Measure(p.Path, "", $"The value of {p.Path} in the set.", r => design.Sets[r.Set][i])),
            .. figures.Select((f, i) => CsvColumn<(int Set, string Label, double[] Means)>.Measure(f.Key, f.Unit, f.Label + ": mean over the replicates.", r => r.Means[i])),
        ];
        return CsvFormat.ToText(w => CsvTable.Write(w, columns, rows));
    }

    private static double[] Means(IEnumerable<RobustObservation> runs, int figures)
    {
        var list = runs.ToArray();
        return [.. Enumerable.Range(0, figures).Select(f => list.Select(o => o.Figures[f]).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average())];
    }
}
