using System.Text;

namespace Simulator.Cli.Tests;

/// <summary>
/// Captures what a command prints and signals as soon as <paramref name="marker"/> has been printed: tests
/// wait for the work to have reached a point, never for a clock. <see cref="Token"/> is cancelled then (to
/// stop a command as Ctrl+C would), and <see cref="Seen"/> completes.
/// </summary>
public sealed class WatchedOutput(string marker) : StringWriter
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();

    /// <summary>Cancelled once the marker has been printed.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Completes once the marker has been printed.</summary>
    public Task Seen => _seen.Task;

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
        }

        Check();
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }

        Check();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
        }

        Check();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.Write(buffer);
        }

        Check();
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        lock (_gate)
        {
            base.WriteLine(buffer);
        }

        Check();
    }

    public override void Write(StringBuilder? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }

        Check();
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Check()
    {
        if (!_stop.IsCancellationRequested && ToString().Contains(marker, StringComparison.Ordinal))
        {
            _stop.Cancel();
            _seen.TrySetResult();
        }
    }
}
