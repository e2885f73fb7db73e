using System.Globalization;
using System.Text;
using Simulator.Experiments.Data;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// <c>runs.csv</c>: one line per finished run (point, replicate), tidy: <c>point</c>, <c>replicate</c>,
/// one column per varied parameter named by its path, then the focal brand's figures
/// (<see cref="SweepFigures.All"/>). While a sweep runs, lines are appended as runs finish; a complete
/// sweep's file is sorted by point and replicate. Parameter values are written exactly
/// (<see cref="DesignPoint.FormatValue"/>), figures with <see cref="CsvFormat"/>.
/// </summary>
public static class SweepRunsCsv
{
    /// <summary>The file name inside a sweep directory.</summary>
    public const string FileName = "runs.csv";

    /// <summary>The columns for <paramref name="design"/>, each declared once: the writer and the reader follow them.</summary>
    public static IReadOnlyList<CsvColumn<SweepRun>> Columns(SweepDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return
        [
            CsvColumn<SweepRun>.Key("point", "index", "The design point.", r => r.Point),
            CsvColumn<SweepRun>.Key("replicate", "index", "The replicate (the same random numbers at every point).", r => r.Replicate),
            .. design.Paths.Select((path, j) => new CsvColumn<SweepRun>(path, "", $"The value of {path} at the point, written exactly.", r => DesignPoint.FormatValue(design.Points[r.Point].Values[j]))),
            .. FigureColumns<SweepRun>(r => r.Figures),
        ];
    }

    /// <summary>One column per figure of <see cref="SweepFigures.All"/>, each written by <see cref="FigureField"/>: shared with the optimisation's runs.csv.</summary>
    public static IEnumerable<CsvColumn<TRow>> FigureColumns<TRow>(Func<TRow, IReadOnlyList<double>> figures) =>
        SweepFigures.All.Select((figure, i) => new CsvColumn<TRow>(figure.Column, figure.AxisTitle, figure.Label, r => FigureField(i, figures(r)[i]), Numeric: true));

    /// <summary>Figure <paramref name="index"/> as written: a count without decimals, a measure with <see cref="CsvFormat"/>, empty when undefined.</summary>
    public static string FigureField(int index, double value) =>
        SweepFigures.All[index].Whole && double.IsFinite(value) ? CsvFormat.Number((long)value) : CsvFormat.Number(value);

    /// <summary>Reads the figures of a line from field <paramref name="first"/> on (an empty field is NaN).</summary>
    /// <exception cref="InvalidDataException">A field is not a number; the message starts with <paramref name="where"/>.</exception>
    public static double[] ReadFigures(IReadOnlyList<string> fields, int first, string where)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var numbers = new double[SweepFigures.All.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            var field = fields[first + i];
            if (field.Length == 0)
            {
                numbers[i] = double.NaN;
            }
            else if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new InvalidDataException($"{where}: {SweepFigures.All[i].Column} '{field}' is not a number.");
            }
        }

        return numbers;
    }

    /// <summary>The header line, with its line end.</summary>
    public static string Header(SweepDesign design) =>
        CsvFormat.ToText(w => CsvFormat.WriteHeader(w, CsvTable.Names(Columns(design))));

    /// <summary>The line of <paramref name="run"/>, with its line end.</summary>
    public static string Line(SweepDesign design, SweepRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return CsvFormat.ToText(w => CsvFormat.WriteRecord(w, CsvTable.Fields(Columns(design), run)));
    }

    /// <summary>The whole file for <paramref name="runs"/>, sorted by point then replicate, each (point, replicate) once.</summary>
    public static string Text(SweepDesign design, IEnumerable<SweepRun> runs)
    {
        var text = new StringBuilder(Header(design));
        foreach (var run in SweepRun.Distinct(runs))
        {
            text.Append(Line(design, run));
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads the runs in <paramref name="text"/> (the whole file): the header must be the one of
    /// <paramref name="design"/>, and every line must be a run of one of its points, with that point's
    /// parameter values, and a replicate below <paramref name="replicates"/>. A last line without a line
    /// end (cut short when a sweep was killed) is left out.
    /// </summary>
    /// <exception cref="InvalidDataException">The header or a line does not belong to this sweep; the message says which line and why.</exception>
    public static IReadOnlyList<SweepRun> Parse(string text, SweepDesign design, int replicates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(design);
        var records = CsvRecords.Read(text).Where(r => r.Complete).ToArray();
        var expected = Header(design).TrimEnd('\n');
        if (records.Length == 0 || !records[0].Fields.SequenceEqual(CsvTable.Names(Columns(design))))
        {
            throw new InvalidDataException($"{FileName}: the header is not this sweep's; expected '{expected}'.");
        }

        var runs = new List<SweepRun>(records.Length - 1);
        var figures = SweepFigures.All.Count;
        foreach (var record in records.Skip(1))
        {
            if (record.IsBlank)
            {
                continue;
            }

            var fields = record.Fields;
            string Where() => FormattableString.Invariant($"{FileName} line {record.Line}");
            if (fields.Count != 2 + design.Parameters.Count + figures)
            {
                throw new InvalidDataException(FormattableString.Invariant($"{Where()}: {fields.Count} fields; expected {2 + design.Parameters.Count + figures}."));
            }

            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var point) || point >= design.Points.Count)
            {
                throw new InvalidDataException(FormattableString.Invariant($"{Where()}: point '{fields[0]}' is not one of this sweep's (0 to {design.Points.Count - 1})."));
            }

            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var replicate) || replicate >= replicates)
            {
                throw new InvalidDataException(FormattableString.Invariant($"{Where()}: replicate '{fields[1]}' is not one of this sweep's (0 to {replicates - 1})."));
            }

            var values = design.Points[point].Values;
            for (var j = 0; j < values.Count; j++)
            {
                if (fields[2 + j] != DesignPoint.FormatValue(values[j]))
                {
                    throw new InvalidDataException($"{Where()}: {design.Paths[j]} = {fields[2 + j]}, but point {point} of this sweep has {DesignPoint.FormatValue(values[j])}.");
                }
            }

            runs.Add(new SweepRun(point, replicate, ReadFigures(fields, 2 + values.Count, Where())));
        }

        return runs;
    }
}
