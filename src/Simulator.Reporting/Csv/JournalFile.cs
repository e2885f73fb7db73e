using System.Text;

namespace Simulator.Reporting.Csv;

/// <summary>
/// The file of a journal (a sweep's or an optimisation's runs.csv): opened for appending after its complete lines,
/// created with its header when new (or when killed while writing the header), read once when opened.
/// </summary>
public static class JournalFile
{
    /// <summary>
    /// Opens the journal at <paramref name="path"/> and reads it with <paramref name="parse"/> (the whole text); then
    /// removes a last line cut short (no line end) and leaves the stream at the end. A file <paramref name="parse"/>
    /// refuses is left as it was.
    /// </summary>
    public static (FileStream Stream, T Read) Open<T>(string path, string header, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(parse);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            string text;
            using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
            {
                text = reader.ReadToEnd();
            }

            if (text.Length == 0 || (text.IndexOf('\n') < 0 && header.StartsWith(text, StringComparison.Ordinal)))
            {
                text = header;
                stream.SetLength(0);
                stream.Write(Encoding.UTF8.GetBytes(text));
                stream.Flush();
            }

            var read = parse(text);
            stream.SetLength(Encoding.UTF8.GetByteCount(text.AsSpan(0, text.LastIndexOf('\n') + 1)));
            stream.Seek(0, SeekOrigin.End);
            return (stream, read);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
