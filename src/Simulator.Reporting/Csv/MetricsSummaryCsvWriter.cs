using Simulator.Experiments.Statistics;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// Writes <c>metrics-summary.csv</c>: one row per week, brand and segment ("all" first, then each
/// segment, in the order of <see cref="MetricsTable.Rows"/>) with, for every numeric column of
/// <c>metrics.csv</c>, the mean over the replicates that reached that week and its t-based 95%
/// confidence interval (<see cref="Interval.Of"/>). The values summarised are exactly those written to
/// <c>metrics.csv</c>, so the file can be recomputed from it. With one replicate the interval fields are empty.
/// </summary>
public static class MetricsSummaryCsvWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "metrics-summary.csv";

    /// <summary>Suffix of the mean column of a metric.</summary>
    public const string MeanSuffix = "_mean";

    /// <summary>Suffix of the lower-bound column of a metric.</summary>
    public const string LowSuffix = "_ci_low";

    /// <summary>Suffix of the upper-bound column of a metric.</summary>
    public const string HighSuffix = "_ci_high";

    private static readonly CsvColumn<MetricsRow>[] _summarised = [.. MetricsCsvWriter.Columns.Where(c => c.Numeric)];

    /// <summary>The columns of <c>metrics.csv</c> that identify a row rather than measure something.</summary>
    public static IReadOnlyList<string> KeyColumns { get; } = [.. MetricsCsvWriter.Columns.Where(c => !c.Numeric).Select(c => c.Name)];

    /// <summary>The columns of <c>metrics.csv</c> that are summarised, in their order there.</summary>
    public static IReadOnlyList<string> SummarisedColumns { get; } = [.. _summarised.Select(c => c.Name)];

    /// <summary>The columns, in order: week, brand, segment, replicates, then mean, low and high of each summarised column.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "week", "brand", "segment", "replicates",
        .. SummarisedColumns.SelectMany(c => new[] { c + MeanSuffix, c + LowSuffix, c + HighSuffix }),
    ];

    /// <summary>The position of <paramref name="column"/> in <see cref="SummarisedColumns"/>, or -1.</summary>
    public static int IndexOf(string column) => IndexIn(SummarisedColumns, column);

    /// <summary>
    /// The summary rows of <paramref name="result"/>: per week (up to the longest replicate), brand and
    /// segment, over the replicates that reached the week.
    /// </summary>
    public static IEnumerable<MetricsSummaryRow> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scenario = result.Scenario;
        var weeks = result.Replicates.Count == 0 ? 0 : result.Replicates.Max(r => r.Ticks.Count);
        for (var week = 0; week < weeks; week++)
        {
            var reached = result.Replicates.Where(r => r.Ticks.Count > week).ToArray();
            for (var b = 0; b < scenario.Brands.Count; b++)
            {
                var brand = scenario.Brands[b].Name;
                for (var s = -1; s < scenario.Segments.Count; s++)
                {
                    var segment = s < 0 ? MetricsTable.AllSegments : scenario.Segments[s].Name;
                    var rows = reached.Select(r => MetricsTable.Row(r.Ticks[week], r.Replicate, week, b, brand, s, segment)).ToArray();
                    var values = _summarised.Select(c => Interval.Of(rows.Select(c.NumberIn))).ToArray();
                    yield return new MetricsSummaryRow(week, brand, segment, reached.Length, values);
                }
            }
        }
    }

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        foreach (var row in Rows(result))
        {
            CsvFormat.WriteRecord(writer, Fields(row));
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result) => CsvFormat.ToText(w => Write(result, w));

    /// <summary>The fields of one row, formatted, in the order of <see cref="Columns"/>; undefined bounds are empty.</summary>
    public static string[] Fields(MetricsSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var fields = new string[4 + 3 * row.Values.Count];
        fields[0] = CsvFormat.Number(row.Week);
        fields[1] = CsvFormat.Text(row.Brand);
        fields[2] = CsvFormat.Text(row.Segment);
        fields[3] = CsvFormat.Number(row.Replicates);
        for (var i = 0; i < row.Values.Count; i++)
        {
            var interval = row.Values[i];
            fields[4 + 3 * i] = CsvFormat.Number(interval.Mean);
            fields[5 + 3 * i] = CsvFormat.Number(interval.Lower);
            fields[6 + 3 * i] = CsvFormat.Number(interval.Upper);
        }

        return fields;
    }

    private static int IndexIn(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
