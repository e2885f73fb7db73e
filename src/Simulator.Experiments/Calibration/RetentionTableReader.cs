using System.Globalization;
using Simulator.Experiments.Data;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// Reads an observed retention table: a CSV file whose header is <c>period,percent_surviving</c>, then one
/// row per period. Lines starting with <c>#</c> (e.g. the table's source) and blank lines are ignored.
/// Periods are whole numbers that increase from row to row, starting at 0 (which must be 100) or 1;
/// per cents are numbers from 0 to 100 that never increase. Every problem is reported, each naming the
/// file, the line and the allowed values.
/// </summary>
public static class RetentionTableReader
{
    /// <summary>The required header.</summary>
    public const string Header = "period,percent_surviving";

    /// <summary>The largest period accepted.</summary>
    public const int MaxPeriod = 1000;

    /// <summary>Reads the table in the file at <paramref name="path"/>.</summary>
    /// <exception cref="RetentionTableException">The file is missing, unreadable or not a valid table.</exception>
    public static RetentionTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new RetentionTableException($"{path}: cannot be read ({e.Message}); allowed: a CSV file with the header {Header}.", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a table from its text; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="RetentionTableException">The text is not a valid table.</exception>
    public static RetentionTable Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<string>();
        var points = new List<RetentionPoint>();
        var headerSeen = false;
        RetentionPoint? previous = null;
        var rows = 0;
        foreach (var record in CsvRecords.Read(text))
        {
            var line = record.Line;
            var fields = record.Fields.Select(f => f.Trim()).ToArray();
            var content = string.Join(',', fields);
            if (content.Length == 0 || content.StartsWith('#'))
            {
                // Blank lines, and comments indented past the first column (the parser skips those that are not).
                continue;
            }

            void Error(string message, string allowed) => errors.Add($"{fileName}:{line}: {message}; allowed: {allowed}.");

            if (!headerSeen)
            {
                headerSeen = true;
                if (fields.Length != 2 || !fields[0].Equals("period", StringComparison.OrdinalIgnoreCase) || !fields[1].Equals("percent_surviving", StringComparison.OrdinalIgnoreCase))
                {
                    Error($"the header is '{content}'", $"the header {Header} on the first line that is not a comment");
                }

                continue;
            }

            rows++;
            if (fields.Length != 2)
            {
                Error(FormattableString.Invariant($"expected 2 fields, got {fields.Length} ('{content}')"), "two fields, " + Header);
                continue;
            }

            var periodOk = int.TryParse(fields[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var period) && period >= 0 && period <= MaxPeriod;
            if (!periodOk)
            {
                Error($"period '{fields[0]}' is not a whole number from 0 to {MaxPeriod.ToString(CultureInfo.InvariantCulture)}", FormattableString.Invariant($"a whole number from 0 to {MaxPeriod}"));
            }

            var percentOk = double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && double.IsFinite(percent) && percent >= 0 && percent <= 100;
            if (!percentOk)
            {
                Error($"percent_surviving '{fields[1]}' is not a number from 0 to 100", "a number from 0 to 100 (per cent, '.' as the decimal point)");
            }

            if (!periodOk || !percentOk)
            {
                continue;
            }

            var point = new RetentionPoint(period, percent, line);
            if (previous is null)
            {
                // Only the file's first row sets where periods start; after a bad row it is unknown.
                if (rows == 1 && period > 1)
                {
                    Error(FormattableString.Invariant($"the first period is {period}"), "0 (with 100) or 1 as the first period");
                }
            }
            else
            {
                if (period <= previous.Period)
                {
                    Error(FormattableString.Invariant($"period {period} does not follow period {previous.Period} (line {previous.Line})"), FormattableString.Invariant($"a whole number above {previous.Period}: periods increase"));
                }

                if (percent > previous.PercentSurviving)
                {
                    Error(FormattableString.Invariant($"percent_surviving {percent} at period {period} is above {previous.PercentSurviving} at period {previous.Period}"), FormattableString.Invariant($"0 to {previous.PercentSurviving}: survival cannot rise"));
                }
            }

            if (period == 0 && percent != 100)
            {
                Error(FormattableString.Invariant($"period 0 has percent_surviving {percent}"), "100 at period 0, the moment of acquisition");
            }

            points.Add(point);
            previous = point;
        }

        if (!headerSeen)
        {
            errors.Add($"{fileName}: no header and no rows; allowed: the header {Header}, then one row per period.");
        }
        else if (errors.Count == 0 && !points.Any(p => p.Period >= 1))
        {
            errors.Add($"{fileName}: no row with period 1 or later; allowed: at least one row after acquisition to compare with.");
        }

        if (errors.Count > 0)
        {
            throw new RetentionTableException(errors);
        }

        return new RetentionTable(fileName, points);
    }
}
