using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// <c>evaluations.csv</c>: one line per candidate of the search, in the order evaluated (the start is id 0), then one
/// line per candidate re-evaluated on the fresh replicates (the start first): its lever values, whether its means meet
/// every constraint, and each figure of the focal brand as a mean with its 95% interval over the phase's replicates.
/// </summary>
public static class OptimisationEvaluationsCsv
{
    /// <summary>The file name inside an optimisation directory.</summary>
    public const string FileName = "evaluations.csv";

    /// <summary>The columns for the levers <paramref name="paths"/>, each declared once.</summary>
    public static IReadOnlyList<CsvColumn<EvaluationRow>> Columns(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        List<CsvColumn<EvaluationRow>> columns =
        [
            CsvColumn<EvaluationRow>.Key("id", "index", "The candidate, in the order the search evaluated it (0 is the starting policy).", r => r.Evaluation.Id),
            CsvColumn<EvaluationRow>.Key("phase", "search (on the search replicates) or fresh (on replicates the search never saw).", r => r.Phase),
            CsvColumn<EvaluationRow>.Key("search", "index", "The scalarised search that proposed it (−1 for the start; 0 with one objective).", r => r.Evaluation.Search),
            CsvColumn<EvaluationRow>.Key("generation", "index", "The CMA-ES generation that proposed it (−1 for the start).", r => r.Evaluation.Generation),
            .. paths.Select((path, j) => new CsvColumn<EvaluationRow>(path, "", $"The value of {path}, written exactly.", r => DesignPoint.FormatValue(r.Evaluation.Values[j]))),
            CsvColumn<EvaluationRow>.Key("replicates", "count", "Replicates the figures average.", r => r.Evaluation.Runs.Count),
            CsvColumn<EvaluationRow>.Key("feasible", "yes when the means meet every constraint, else no.", r => r.Violation == 0 ? "yes" : "no"),
            CsvColumn<EvaluationRow>.Measure("violation", "share", "The constraints' total violation, each as a share of its bound's size (at least 1).", r => r.Violation),
        ];
        foreach (var figure in SweepFigures.All)
        {
            // The file holds the recorded value: a share where charts show per cent.
            var unit = figure.ChartScale == 100 ? "share 0-1" : figure.AxisTitle;
            columns.Add(CsvColumn<EvaluationRow>.Measure(figure.Column + "_mean", unit, "Mean of: " + figure.Label + ".", r => r.Evaluation.Mean(figure)));
            columns.Add(CsvColumn<EvaluationRow>.Measure(figure.Column + "_ci_low", unit, "Lower end of its 95% t interval.", r => r.Evaluation.Of(figure).Lower));
            columns.Add(CsvColumn<EvaluationRow>.Measure(figure.Column + "_ci_high", unit, "Upper end of its 95% t interval.", r => r.Evaluation.Of(figure).Upper));
        }

        return columns;
    }

    /// <summary>The rows of <paramref name="result"/>: the search's candidates, then the fresh re-evaluations (start first).</summary>
    public static IReadOnlyList<EvaluationRow> Rows(OptimisationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem;
        var fresh = result.FreshStart is { } start ? [start, .. result.Fresh] : Array.Empty<FreshCheck>();
        return
        [
            .. result.Evaluations.Select(e => new EvaluationRow("search", e, problem.Violation(e, result.Start))),
            .. fresh.Select(f => new EvaluationRow("fresh", f.Fresh, problem.Violation(f.Fresh, result.FreshStart!.Fresh))),
        ];
    }

    /// <summary>The whole file.</summary>
    public static string Text(OptimisationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var columns = Columns([.. result.Problem.Levers.Select(l => l.Path)]);
        return CsvFormat.ToText(w =>
        {
            CsvFormat.WriteHeader(w, CsvTable.Names(columns));
            foreach (var row in Rows(result))
            {
                CsvFormat.WriteRecord(w, CsvTable.Fields(columns, row));
            }
        });
    }
}
