using Simulator.Experiments.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows a sweep's progress: runs finished, customer-weeks per second and time left. On a terminal
/// it is a live bar over every week of every run; when output is redirected it is one line per tenth of the runs.
/// Safe to call from the parallel runs.
/// </summary>
public sealed class SweepProgress : ISweepProgress
{
    private readonly Lock _lock = new();
    private readonly ProgressDisplay _display;
    private readonly int _runs;
    private readonly long _totalWeeks;
    private long _weeks;
    private int _runsDone;

    private SweepProgress(ProgressDisplay display, int runs, int weeksPerRun)
    {
        _display = display;
        _runs = runs;
        _totalWeeks = Math.Max(1L, (long)runs * weeksPerRun);
    }

    /// <summary>Runs finished so far.</summary>
    public int Runs => _runsDone;

    /// <summary>Customer-weeks simulated so far.</summary>
    public long CustomerWeeks { get; private set; }

    /// <summary>Time since the sweep started.</summary>
    public TimeSpan Elapsed => _display.Elapsed;

    /// <inheritdoc />
    public void WeekDone(int customers)
    {
        lock (_lock)
        {
            _weeks++;
            CustomerWeeks += customers;
            Update();
        }
    }

    /// <inheritdoc />
    public void RunDone(SweepRun run)
    {
        lock (_lock)
        {
            _runsDone++;
            Update();
        }
    }

    /// <summary>Runs <paramref name="work"/> while showing its progress over <paramref name="runs"/> runs of <paramref name="weeksPerRun"/> weeks each.</summary>
    public static Task<(T Result, SweepProgress Progress)> ShowAsync<T>(IAnsiConsole console, int runs, int weeksPerRun, Func<SweepProgress, Task<T>> work) =>
        ProgressDisplay.RunAsync(console, Math.Max(1L, (long)runs * weeksPerRun), async display =>
        {
            var progress = new SweepProgress(display, runs, weeksPerRun);
            return (await work(progress), progress);
        });

    private void Update()
    {
        var done = Math.Min(_weeks, _totalWeeks);
        var rate = CustomerWeeks / Math.Max(Elapsed.TotalSeconds, 1e-9);
        var text = FormattableString.Invariant($"{_runsDone}/{_runs} runs, {rate:N0} customer-weeks/s");

        // Redirected output: a line per tenth of the runs, so every line says how many are kept.
        _display.Show(done, _totalWeeks, text, share: _runs == 0 ? 1 : (double)_runsDone / _runs);
    }
}
