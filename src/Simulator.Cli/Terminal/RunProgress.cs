using System.Diagnostics;
using System.Globalization;
using Simulator.Model.Engine;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows a run's progress: week, replicate, customer-weeks per second and time left. On a terminal
/// it is a live bar; when output is redirected it is one line per tenth of the run.
/// </summary>
public sealed class RunProgress : IProgress<TickProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressTask? _task;
    private readonly IAnsiConsole? _lines;
    private readonly int _burnIn;
    private readonly int _weeks;
    private readonly int _replicates;
    private int _lastTenth;

    private RunProgress(ProgressTask? task, IAnsiConsole? lines, int burnIn, int weeks, int replicates)
    {
        _task = task;
        _lines = lines;
        _burnIn = burnIn;
        _weeks = weeks;
        _replicates = replicates;
    }

    /// <summary>Customer-weeks simulated so far.</summary>
    public long CustomerTicks { get; private set; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <inheritdoc />
    public void Report(TickProgress value)
    {
        CustomerTicks = value.CustomerTicks;
        var done = value.Replicate * (_burnIn + _weeks) + _burnIn + value.Tick + 1;
        var total = (double)(_burnIn + _weeks) * _replicates;
        var rate = CustomerTicks / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        var week = value.Tick < 0
            ? FormattableString.Invariant($"burn-in week {_burnIn + value.Tick + 1}/{_burnIn}")
            : FormattableString.Invariant($"week {value.Tick + 1}/{_weeks}");
        var text = _replicates > 1
            ? FormattableString.Invariant($"{week}, replicate {value.Replicate + 1}/{_replicates}, {rate:N0} customer-weeks/s")
            : FormattableString.Invariant($"{week}, {rate:N0} customer-weeks/s");
        if (_task is not null)
        {
            _task.Value = done;
            _task.Description = text;
            return;
        }

        var tenth = (int)(10 * done / total);
        if (tenth > _lastTenth)
        {
            _lastTenth = tenth;
            var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (total - done) / done);
            _lines!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{10 * tenth,3}%  {text}, about {left.TotalSeconds:0} s left"));
        }
    }

    /// <summary>Runs <paramref name="work"/> while showing its progress.</summary>
    public static async Task<(T Result, RunProgress Progress)> ShowAsync<T>(IAnsiConsole console, int burnIn, int weeks, int replicates, Func<RunProgress, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            var lines = new RunProgress(null, console, burnIn, weeks, replicates);
            return (await work(lines), lines);
        }

        (T, RunProgress) outcome = default;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: (double)(burnIn + weeks) * replicates);
                var progress = new RunProgress(task, null, burnIn, weeks, replicates);
                outcome = (await work(progress), progress);
            });
        return outcome;
    }
}
