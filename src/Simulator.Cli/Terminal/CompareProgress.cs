using Simulator.Model.Engine;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows the progress of a comparison over all its runs: scenario, week, replicate, customer-weeks per
/// second and time left. On a terminal it is one live bar; when output is redirected it is one line
/// per tenth of the whole comparison.
/// </summary>
public sealed class CompareProgress
{
    private readonly ProgressDisplay _display;
    private readonly IReadOnlyList<string> _scenarios;
    private readonly int _burnIn;
    private readonly int _weeks;
    private readonly int _replicates;
    private readonly object _gate = new();
    private long _finishedRunsTicks;

    private CompareProgress(ProgressDisplay display, IReadOnlyList<string> scenarios, int burnIn, int weeks, int replicates)
    {
        _display = display;
        _scenarios = scenarios;
        _burnIn = burnIn;
        _weeks = weeks;
        _replicates = replicates;
    }

    /// <summary>Customer-weeks simulated so far over every run.</summary>
    public long CustomerTicks { get; private set; }

    /// <summary>Time since the comparison started.</summary>
    public TimeSpan Elapsed => _display.Elapsed;

    /// <summary>Weeks (burn-in included) of all runs together.</summary>
    public double TotalWeeks => (double)(_burnIn + _weeks) * _replicates * _scenarios.Count;

    /// <summary>The progress sink of the run of scenario <paramref name="index"/>; call <see cref="Finished"/> when that run ends.</summary>
    public IProgress<TickProgress> For(int index) => new Sink(this, index);

    /// <summary>Records that a run ended, so the next run's customer-weeks add to it.</summary>
    public void Finished(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _finishedRunsTicks = CustomerTicks;
        }
    }

    private void Report(int index, TickProgress value)
    {
        lock (_gate)
        {
            CustomerTicks = _finishedRunsTicks + value.CustomerTicks;
            var perRun = (_burnIn + _weeks) * (double)_replicates;
            var done = index * perRun + value.Replicate * (_burnIn + _weeks) + _burnIn + value.Tick + 1;
            var rate = CustomerTicks / Math.Max(Elapsed.TotalSeconds, 1e-9);
            var week = value.Tick < 0
                ? FormattableString.Invariant($"burn-in week {_burnIn + value.Tick + 1}/{_burnIn}")
                : FormattableString.Invariant($"week {value.Tick + 1}/{_weeks}");
            var text = FormattableString.Invariant($"{_scenarios[index]} ({index + 1}/{_scenarios.Count}): {week}, replicate {value.Replicate + 1}/{_replicates}, {rate:N0} customer-weeks/s");
            _display.Show(done, TotalWeeks, text);
        }
    }

    /// <summary>Runs <paramref name="work"/> while showing the progress of every run of the comparison.</summary>
    public static Task<(T Result, CompareProgress Progress)> ShowAsync<T>(IAnsiConsole console, IReadOnlyList<string> scenarios, int burnIn, int weeks, int replicates, Func<CompareProgress, Task<T>> work) =>
        ProgressDisplay.RunAsync(console, (double)(burnIn + weeks) * replicates * scenarios.Count, async display =>
        {
            var progress = new CompareProgress(display, scenarios, burnIn, weeks, replicates);
            return (await work(progress), progress);
        });

    private sealed class Sink(CompareProgress owner, int index) : IProgress<TickProgress>
    {
        public void Report(TickProgress value) => owner.Report(index, value);
    }
}
