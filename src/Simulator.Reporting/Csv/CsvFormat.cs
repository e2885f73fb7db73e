using System.Globalization;

namespace Simulator.Reporting.Csv;

/// <summary>
/// The text rules shared by every CSV file of a run: invariant culture, <c>\n</c> line ends, fields
/// quoted per RFC 4180 when needed, and numbers formatted so that equal numbers give equal bytes.
/// </summary>
public static class CsvFormat
{
    /// <summary>The line end of every CSV file.</summary>
    public const string NewLine = "\n";

    /// <summary>The format of floating-point numbers: up to six decimals, no exponent, no trailing zeros.</summary>
    public const string DoubleFormat = "0.######";

    /// <summary>An integer, as is.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A floating-point number with <see cref="DoubleFormat"/>; a value that rounds to zero is written
    /// "0" (never "-0"), and NaN or an infinity (an undefined mean) is written as an empty field.
    /// </summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return string.Empty;
        }

        var text = value.ToString(DoubleFormat, CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>
    /// A text field per RFC 4180: quoted when it holds a comma, a double quote, a line break or
    /// leading or trailing white space; inner double quotes are doubled.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ||
            (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Writes one record: the fields joined by commas, then <see cref="NewLine"/>.</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(fields[i]);
        }

        writer.Write(NewLine);
    }

    /// <summary>Writes the header record of <paramref name="columns"/> (escaped like any text).</summary>
    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> columns) =>
        WriteRecord(writer, columns.Select(Text).ToArray());

    /// <summary>
    /// Runs <paramref name="write"/> on a UTF-8 (no BOM) writer with <c>\n</c> line ends that writes to
    /// <paramref name="path"/>, creating or replacing the file.
    /// </summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        using var writer = CreateWriter(path);
        write(writer);
    }

    /// <summary>Renders <paramref name="write"/> to a string (for tests and previews).</summary>
    public static string ToText(Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = NewLine };
        write(writer);
        return writer.ToString();
    }

    /// <summary>A UTF-8 (no BOM), invariant-culture, <c>\n</c> writer on a new file at <paramref name="path"/>.</summary>
    public static StreamWriter CreateWriter(string path) =>
        new(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = NewLine };
}
