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

    /// <summary>The columns for <paramref name="design"/>.</summary>
    public static IReadOnlyList<string> Columns(SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return ["point", .. design.Paths, "replicates", .. SweepFigures.All.SelectMany(f => new[] { f.Column + "_mean", f.Column + "_ci_low", f.Column + "_ci_high" })];
    }

    /// <summary>Writes the file's text for <paramref name="points"/>.</summary>
    public static void Write(TextWriter writer, SweepDesign design, IReadOnlyList<SweepPointSummary> points)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(points);
        CsvFormat.WriteHeader(writer, Columns(design));
        foreach (var p in points)
        {
            var fields = new List<string> { CsvFormat.Number(p.Point.Id) };
            fields.AddRange(p.Point.Values.Select(DesignPoint.FormatValue));
            fields.Add(CsvFormat.Number(p.Replicates));
            foreach (var interval in p.Figures)
            {
                fields.Add(CsvFormat.Number(interval.Mean));
                fields.Add(CsvFormat.Number(interval.Lower));
                fields.Add(CsvFormat.Number(interval.Upper));
            }

            CsvFormat.WriteRecord(writer, fields);
        }
    }

    /// <summary>The file's text.</summary>
    public static string Text(SweepDesign design, IReadOnlyList<SweepPointSummary> points) =>
        CsvFormat.ToText(w => Write(w, design, points));
}
