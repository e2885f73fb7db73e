using Sylvan.Data.Csv;

namespace Simulator.Experiments.Data;

/// <summary>
/// Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF line
/// ends) with Sylvan.Data.Csv, keeping the line each record starts on so that readers can name it in
/// their errors. Lines starting with <c>#</c> are comments: skipped, but counted as lines.
/// </summary>
public static class CsvRecords
{
    /// <summary>Every record of <paramref name="text"/>, blank lines included (as one empty field), comments left out.</summary>
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var line = 1;
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = ',',
            Comment = '#',
            // A comment is one whole line: count it, so the records after it start on the right line.
            CommentHandler = new CommentCounter(() => line++),
        };
        using var reader = CsvDataReader.Create(new StringReader(text.TrimStart('\uFEFF')), options);
        while (reader.Read())
        {
            var fields = new string[reader.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            var raw = reader.GetRawRecordSpan();
            var complete = raw.Length > 0 && raw[^1] == '\n';
            records.Add(new CsvRecord(line, fields, complete));
            line += raw.Count('\n') + (complete ? 0 : 1);
        }

        return records;
    }

    private sealed class CommentCounter(Action counted) : CommentHandler
    {
        public override void HandleComment(CsvDataReader reader, string comment) => counted();
    }
}
