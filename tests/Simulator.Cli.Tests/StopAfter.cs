using Simulator.Experiments.Sweeps;

namespace Simulator.Cli.Tests;

/// <summary>Cancels <paramref name="stop"/> as the <paramref name="runs"/>-th run finishes, as Ctrl+C would.</summary>
public sealed class StopAfter(int runs, CancellationTokenSource stop) : ISweepProgress
{
    private int _done;

    /// <inheritdoc />
    public void WeekDone(int customers)
    {
    }

    /// <inheritdoc />
    public void RunDone(SweepRun run)
    {
        if (Interlocked.Increment(ref _done) == runs)
        {
            stop.Cancel();
        }
    }
}
