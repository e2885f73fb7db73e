namespace Simulator.Reporting.Csv;

/// <summary>
/// One column of a CSV file, declared once: its name, unit, meaning and how a row gives its value. The
/// header, every record, the summary of replicates and the column tables of docs/outputs.md all come from
/// the same list of columns, so they cannot disagree.
/// </summary>
/// <typeparam name="TRow">The row type the file is written from.</typeparam>
/// <param name="Name">The header name.</param>
/// <param name="Unit">The unit ("" for names and labels).</param>
/// <param name="Description">What the column holds, in a sentence.</param>
/// <param name="Format">The field as written (invariant culture; CSV quoting applied).</param>
/// <param name="Numeric">Whether the column measures something and is summarised over replicates (keys and labels are not).</param>
public sealed record CsvColumn<TRow>(string Name, string Unit, string Description, Func<TRow, string> Format, bool Numeric = false)
{
    /// <summary>
    /// The number in the field exactly as written (NaN for an empty field): summaries are computed from
    /// what the file holds, so that they can be recomputed from it.
    /// </summary>
    public double NumberIn(TRow row)
    {
        var field = Format(row);
        return field.Length == 0 ? double.NaN : double.Parse(field, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A key or label column (not summarised).</summary>
    public static CsvColumn<TRow> Key(string name, string description, Func<TRow, string> text) =>
        new(name, "", description, row => CsvFormat.Text(text(row)));

    /// <summary>A whole-number key column (replicate, week...), not summarised.</summary>
    public static CsvColumn<TRow> Key(string name, string unit, string description, Func<TRow, long> number) =>
        new(name, unit, description, row => CsvFormat.Number(number(row)));

    /// <summary>A count, summarised over replicates.</summary>
    public static CsvColumn<TRow> Count(string name, string unit, string description, Func<TRow, long> count) =>
        new(name, unit, description, row => CsvFormat.Number(count(row)), Numeric: true);

    /// <summary>A measured quantity (NaN written as an empty field), summarised over replicates.</summary>
    public static CsvColumn<TRow> Measure(string name, string unit, string description, Func<TRow, double> value) =>
        new(name, unit, description, row => CsvFormat.Number(value(row)), Numeric: true);
}
