using System.Text;
using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// The runs.csv of a sweep as it runs: opened for appending, one line per finished run, flushed after
/// each line, so that a sweep stopped at any moment (Ctrl+C, a crash, a kill) keeps every run that
/// finished. Safe to append to from several threads.
/// </summary>
public sealed class SweepJournal : IDisposable
{
    private readonly SweepDesign _design;
    private readonly FileStream _stream;
    private readonly Lock _lock = new();

    private SweepJournal(SweepDesign design, FileStream stream, IReadOnlyList<SweepRun> finished)
    {
        _design = design;
        _stream = stream;
        Finished = finished;
    }

    /// <summary>The runs the file held when it was opened.</summary>
    public IReadOnlyList<SweepRun> Finished { get; }

    /// <summary>
    /// Opens (or creates, with its header) the runs.csv at <paramref name="path"/> and reads the runs it
    /// holds. A last line cut short (no line end) is removed from the file: that run is run again.
    /// </summary>
    /// <exception cref="InvalidDataException">The file belongs to another sweep or is damaged; the message names the line.</exception>
    public static SweepJournal Open(string path, SweepDesign design, int replicates)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(design);
        var (stream, finished) = JournalFile.Open(path, SweepRunsCsv.Header(design), text => SweepRunsCsv.Parse(text, design, replicates));
        return new SweepJournal(design, stream, finished);
    }

    /// <summary>Appends the line of <paramref name="run"/> and flushes it to the file.</summary>
    public void Append(SweepRun run)
    {
        var bytes = Encoding.UTF8.GetBytes(SweepRunsCsv.Line(_design, run));
        lock (_lock)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
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
