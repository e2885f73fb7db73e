namespace Simulator.Reporting.Csv;

/// <summary>Writes rows through their declared columns (<see cref="CsvColumn{TRow}"/>).</summary>
public static class CsvTable
{
    /// <summary>The header names, in order.</summary>
    public static IReadOnlyList<string> Names<TRow>(IReadOnlyList<CsvColumn<TRow>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return [.. columns.Select(c => c.Name)];
    }

    /// <summary>The fields of one row, in the order of <paramref name="columns"/>.</summary>
    public static string[] Fields<TRow>(IReadOnlyList<CsvColumn<TRow>> columns, TRow row)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var fields = new string[columns.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = columns[i].Format(row);
        }

        return fields;
    }

    /// <summary>Writes the header and one record per row.</summary>
    public static void Write<TRow>(TextWriter writer, IReadOnlyList<CsvColumn<TRow>> columns, IEnumerable<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        CsvFormat.WriteHeader(writer, Names(columns));
        foreach (var row in rows)
        {
            CsvFormat.WriteRecord(writer, Fields(columns, row));
        }
    }

    /// <summary>A markdown table of the columns (name, unit, meaning), for the documentation.</summary>
    public static string Markdown<TRow>(IReadOnlyList<CsvColumn<TRow>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var text = new System.Text.StringBuilder("| column | unit | meaning |\n|---|---|---|\n");
        foreach (var column in columns)
        {
            text.Append("| `").Append(column.Name).Append("` | ").Append(column.Unit).Append(" | ").Append(column.Description.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return text.ToString();
    }
}
