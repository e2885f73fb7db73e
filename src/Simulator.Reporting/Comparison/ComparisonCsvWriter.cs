using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// Writes <c>comparison.csv</c>: one tidy row per figure and scenario (figure by figure, scenarios in
/// order) with the mean and 95% interval over replicates, and, for each scenario after the first, the
/// paired difference from the first with its interval and whether that interval excludes zero. Empty
/// fields are undefined: the first scenario's difference, and intervals with fewer than two replicates.
/// </summary>
public static class ComparisonCsvWriter
{
    /// <summary>The file name inside a comparison directory.</summary>
    public const string FileName = "comparison.csv";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "scenario", "figure", "mean", "ci_low", "ci_high",
        "difference_mean", "difference_ci_low", "difference_ci_high", "excludes_zero",
    ];

    /// <summary>Writes the header and every row of <paramref name="table"/>.</summary>
    public static void Write(ComparisonTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        foreach (var row in table.Rows)
        {
            CsvFormat.WriteRecord(writer, Fields(row));
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(ComparisonTable table, string path) => CsvFormat.WriteFile(path, w => Write(table, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(ComparisonTable table) => CsvFormat.ToText(w => Write(table, w));

    /// <summary>The fields of one row, in the order of <see cref="Columns"/>.</summary>
    public static string[] Fields(FigureComparison row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var d = row.Difference;
        return
        [
            CsvFormat.Text(row.Scenario),
            CsvFormat.Text(row.Figure.Key),
            CsvFormat.Number(row.Estimate.Mean),
            CsvFormat.Number(row.Estimate.Lower),
            CsvFormat.Number(row.Estimate.Upper),
            d is { } m ? CsvFormat.Number(m.Mean) : string.Empty,
            d is { } l ? CsvFormat.Number(l.Lower) : string.Empty,
            d is { } u ? CsvFormat.Number(u.Upper) : string.Empty,
            row.ExcludesZero switch { true => "true", false => "false", null => string.Empty },
        ];
    }
}
