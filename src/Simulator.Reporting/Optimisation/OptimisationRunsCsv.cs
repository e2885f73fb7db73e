using System.Globalization;
using Simulator.Experiments.Data;
using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Sweeps;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// The <c>runs.csv</c> of an optimisation: one line per finished run, appended as runs finish: <c>replicate</c>,
/// one column per lever named by its path (written exactly), then the focal brand's figures
/// (<see cref="SweepFigures.All"/>). A run is known by its lever values and replicate, so a resumed
/// optimisation, which proposes the same candidates again, finds its finished runs here.
/// </summary>
public static class OptimisationRunsCsv
{
    /// <summary>The file name inside an optimisation directory.</summary>
    public const string FileName = "runs.csv";

    /// <summary>The columns for <paramref name="paths"/>, each declared once: the writer and the reader follow them.</summary>
    public static IReadOnlyList<CsvColumn<(IReadOnlyList<double> Values, SweepRun Run)>> Columns(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return
        [
            CsvColumn<(IReadOnlyList<double> Values, SweepRun Run)>.Key("replicate", "index", "The replicate (the same random numbers for every candidate; the fresh replicates come after the search's).", r => r.Run.Replicate),
            .. paths.Select((path, j) => new CsvColumn<(IReadOnlyList<double> Values, SweepRun Run)>(path, "", $"The value of {path}, written exactly.", r => DesignPoint.FormatValue(r.Values[j]))),
            .. SweepRunsCsv.FigureColumns<(IReadOnlyList<double> Values, SweepRun Run)>(r => r.Run.Figures),
        ];
    }

    /// <summary>
    /// <paramref name="run"/> with its figures as the file holds them (rounded as written), so that a search that
    /// runs straight through ranks exactly the numbers a resumed one reads back.
    /// </summary>
    public static SweepRun AsWritten(SweepRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with { Figures = SweepRunsCsv.ReadFigures([.. run.Figures.Select((v, i) => SweepRunsCsv.FigureField(i, v))], 0, OptimisationRunsCsv.FileName) };
    }

    /// <summary>The header line, with its line end.</summary>
    public static string Header(IReadOnlyList<string> paths) =>
        CsvFormat.ToText(w => CsvFormat.WriteHeader(w, CsvTable.Names(Columns(paths))));

    /// <summary>The line of a run of the candidate <paramref name="values"/>, with its line end.</summary>
    public static string Line(IReadOnlyList<string> paths, IReadOnlyList<double> values, SweepRun run) =>
        CsvFormat.ToText(w => CsvFormat.WriteRecord(w, CsvTable.Fields(Columns(paths), (values, run))));

    /// <summary>
    /// The runs in <paramref name="text"/> (the whole file) by (candidate key, replicate), where the key is
    /// <see cref="Evaluation.KeyOf"/> of the lever values. A last line without a line end is left out.
    /// </summary>
    /// <exception cref="InvalidDataException">The header is not this optimisation's, or a line is damaged; the message names the line.</exception>
    public static IReadOnlyDictionary<(string Key, int Replicate), IReadOnlyList<double>> Parse(string text, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paths);
        var records = CsvRecords.Read(text).Where(r => r.Complete).ToArray();
        if (records.Length == 0 || !records[0].Fields.SequenceEqual(CsvTable.Names(Columns(paths))))
        {
            throw new InvalidDataException($"{FileName}: the header is not this optimisation's; expected '{Header(paths).TrimEnd('\n')}'.");
        }

        var runs = new Dictionary<(string, int), IReadOnlyList<double>>();
        var figures = SweepFigures.All.Count;
        foreach (var record in records.Skip(1).Where(r => !r.IsBlank))
        {
            var fields = record.Fields;
            string Where() => FormattableString.Invariant($"{FileName} line {record.Line}");
            if (fields.Count != 1 + paths.Count + figures)
            {
                throw new InvalidDataException(FormattableString.Invariant($"{Where()}: {fields.Count} fields; expected {1 + paths.Count + figures}."));
            }

            if (!int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var replicate))
            {
                throw new InvalidDataException($"{Where()}: replicate '{fields[0]}' is not a whole number.");
            }

            var values = new double[paths.Count];
            for (var j = 0; j < paths.Count; j++)
            {
                if (!double.TryParse(fields[1 + j], NumberStyles.Float, CultureInfo.InvariantCulture, out values[j]))
                {
                    throw new InvalidDataException($"{Where()}: {paths[j]} '{fields[1 + j]}' is not a number.");
                }
            }

            runs.TryAdd((Evaluation.KeyOf(values), replicate), SweepRunsCsv.ReadFigures(fields, 1 + paths.Count, Where()));
        }

        return runs;
    }
}
