using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// <c>points.csv</c>: one line per design point: <c>point</c>, one column per varied parameter,
/// <c>replicates</c>, then for each figure its mean over the replicates and the bounds of its 95%
/// t interval (<c>_mean</c>, <c>_ci_low</c>, <c>_ci_high</c>; the bounds are empty with one replicate).
/// </summary>
public static class SweepPointsCsv
{
    /// <summary>The file name inside a sweep directory.</summary>
    public const string FileName = "points.csv";

    /// <summary>The columns for <paramref name="design"/>, each declared once.</summary>
    public static IReadOnlyList<CsvColumn<SweepPointSummary>> Columns(SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return
        [
            CsvColumn<SweepPointSummary>.Key("point", "index", "The design point.", p => p.Point.Id),
            .. design.Paths.Select((path, j) => new CsvColumn<SweepPointSummary>(path, "", $"The value of {path} at the point, written exactly.", p => DesignPoint.FormatValue(p.Point.Values[j]))),
            CsvColumn<SweepPointSummary>.Key("replicates", "runs", "Replicates of the point that finished.", p => p.Replicates),
            .. SweepFigures.All.SelectMany((figure, i) => new[]
            {
                CsvColumn<SweepPointSummary>.Measure(figure.Column + "_mean", figure.AxisTitle, figure.Label + ": mean over the replicates.", p => p.Figures[i].Mean),
                CsvColumn<SweepPointSummary>.Measure(figure.Column + "_ci_low", figure.AxisTitle, figure.Label + ": lower end of the 95% t interval; empty with one replicate.", p => p.Figures[i].Lower),
                CsvColumn<SweepPointSummary>.Measure(figure.Column + "_ci_high", figure.AxisTitle, figure.Label + ": upper end of the 95% t interval; empty with one replicate.", p => p.Figures[i].Upper),
            }),
        ];
    }

    /// <summary>Writes the file's text for <paramref name="points"/>.</summary>
    public static void Write(TextWriter writer, SweepDesign design, IReadOnlyList<SweepPointSummary> points) =>
        CsvTable.Write(writer, Columns(design), points);

    /// <summary>The file's text.</summary>
    public static string Text(SweepDesign design, IReadOnlyList<SweepPointSummary> points) =>
        CsvFormat.ToText(w => Write(w, design, points));
}
