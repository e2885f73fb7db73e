using Simulator.Model.Engine;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>Shows a run's progress: week (burn-in included), replicate, customer-weeks per second and time left.</summary>
public sealed class RunProgress : IProgress<TickProgress>
{
    private readonly ProgressDisplay _display;
    private readonly int _burnIn;
    private readonly int _weeks;
    private readonly int _replicates;

    private RunProgress(ProgressDisplay display, int burnIn, int weeks, int replicates)
    {
        _display = display;
        _burnIn = burnIn;
        _weeks = weeks;
        _replicates = replicates;
    }

    /// <summary>Customer-weeks simulated so far.</summary>
    public long CustomerTicks { get; private set; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _display.Elapsed;

    /// <inheritdoc />
    public void Report(TickProgress value)
    {
        CustomerTicks = value.CustomerTicks;
        var done = value.Replicate * (_burnIn + _weeks) + _burnIn + value.Tick + 1;
        var rate = CustomerTicks / Math.Max(Elapsed.TotalSeconds, 1e-9);
        var week = value.Tick < 0
            ? FormattableString.Invariant($"burn-in week {_burnIn + value.Tick + 1}/{_burnIn}")
            : FormattableString.Invariant($"week {value.Tick + 1}/{_weeks}");
        var text = _replicates > 1
            ? FormattableString.Invariant($"{week}, replicate {value.Replicate + 1}/{_replicates}, {rate:N0} customer-weeks/s")
            : FormattableString.Invariant($"{week}, {rate:N0} customer-weeks/s");
        _display.Show(done, (double)(_burnIn + _weeks) * _replicates, text);
    }

    /// <summary>Runs <paramref name="work"/> while showing its progress.</summary>
    public static Task<(T Result, RunProgress Progress)> ShowAsync<T>(IAnsiConsole console, int burnIn, int weeks, int replicates, Func<RunProgress, Task<T>> work) =>
        ProgressDisplay.RunAsync(console, (double)(burnIn + weeks) * replicates, async display =>
        {
            var progress = new RunProgress(display, burnIn, weeks, replicates);
            return (await work(progress), progress);
        });
}
