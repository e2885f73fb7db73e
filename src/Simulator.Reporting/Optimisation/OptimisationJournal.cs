using System.Text;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Optimisation;

/// <summary>
/// The runs.csv of an optimisation as it runs: every finished run appended and flushed at once, so that an
/// optimisation stopped at any moment keeps what finished; the runs it held when opened answer a resumed
/// search. Safe to append to from several threads.
/// </summary>
public sealed class OptimisationJournal : IDisposable
{
    private readonly IReadOnlyList<string> _paths;
    private readonly FileStream _stream;
    private readonly Lock _lock = new();
    private readonly IReadOnlyDictionary<(string Key, int Replicate), IReadOnlyList<double>> _finished;

    private OptimisationJournal(IReadOnlyList<string> paths, FileStream stream, IReadOnlyDictionary<(string Key, int Replicate), IReadOnlyList<double>> finished)
    {
        _paths = paths;
        _stream = stream;
        _finished = finished;
    }

    /// <summary>How many runs the file held when it was opened.</summary>
    public int FinishedCount => _finished.Count;

    /// <summary>Opens (or creates, with its header) the file at <paramref name="path"/>; a last line cut short is removed.</summary>
    /// <exception cref="InvalidDataException">The file belongs to another optimisation or is damaged.</exception>
    public static OptimisationJournal Open(string path, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(paths);
        var (stream, finished) = JournalFile.Open(path, OptimisationRunsCsv.Header(paths), text => OptimisationRunsCsv.Parse(text, paths));
        return new OptimisationJournal(paths, stream, finished);
    }

    /// <summary>The figures of a run finished before the file was opened, if there is one.</summary>
    public bool TryGet(string key, int replicate, out IReadOnlyList<double> figures) =>
        _finished.TryGetValue((key, replicate), out figures!);

    /// <summary>Appends the line of <paramref name="run"/> of the candidate <paramref name="values"/> and flushes it; returns the run as written (<see cref="OptimisationRunsCsv.AsWritten"/>).</summary>
    public SweepRun Append(IReadOnlyList<double> values, SweepRun run)
    {
        var bytes = Encoding.UTF8.GetBytes(OptimisationRunsCsv.Line(_paths, values, run));
        lock (_lock)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }

        return OptimisationRunsCsv.AsWritten(run);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _stream.Dispose();
        }
    }
}
