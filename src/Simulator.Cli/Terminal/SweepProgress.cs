using System.Diagnostics;
using System.Globalization;
using Simulator.Cli.Sweeps;
using Simulator.Reporting.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows a sweep's progress: runs finished, customer-weeks per second and time left. On a terminal
/// it is a live bar over every week of every run; when output is redirected it is one line per tenth of the runs.
/// Safe to call from the parallel runs.
/// </summary>
public sealed class SweepProgress : ISweepProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly ProgressTask? _task;
    private readonly IAnsiConsole? _lines;
    private readonly int _runs;
    private readonly long _totalWeeks;
    private long _weeks;
    private int _runsDone;
    private int _lastTenth;

    private SweepProgress(ProgressTask? task, IAnsiConsole? lines, int runs, int weeksPerRun)
    {
        _task = task;
        _lines = lines;
        _runs = runs;
        _totalWeeks = Math.Max(1L, (long)runs * weeksPerRun);
    }

    /// <summary>Customer-weeks simulated so far.</summary>
    public long CustomerWeeks { get; private set; }

    /// <summary>Time since the sweep started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

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
    public static async Task<(T Result, SweepProgress Progress)> ShowAsync<T>(IAnsiConsole console, int runs, int weeksPerRun, Func<SweepProgress, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.Profile.Capabilities.Interactive)
        {
            var lines = new SweepProgress(null, console, runs, weeksPerRun);
            return (await work(lines), lines);
        }

        (T, SweepProgress) outcome = default;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(FormattableString.Invariant($"0/{runs} runs"), maxValue: Math.Max(1L, (long)runs * weeksPerRun));
                var progress = new SweepProgress(task, null, runs, weeksPerRun);
                outcome = (await work(progress), progress);
            });
        return outcome;
    }

    private void Update()
    {
        var done = Math.Min(_weeks, _totalWeeks);
        var rate = CustomerWeeks / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        var text = FormattableString.Invariant($"{_runsDone}/{_runs} runs, {rate:N0} customer-weeks/s");
        if (_task is not null)
        {
            _task.Value = done;
            _task.Description = text;
            return;
        }

        // Redirected output: a line per tenth of the runs, so every line says how many are kept.
        var tenth = _runs == 0 ? 10 : 10 * _runsDone / _runs;
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (_totalWeeks - done) / Math.Max(done, 1));
            _lines!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{10 * tenth,3}%  {text}, about {left.TotalSeconds:0} s left"));
        }
    }
}
