using System.Diagnostics;
using Simulator.Model.Engine;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>Shows a run's progress: week, replicate, customer-weeks per second and time left.</summary>
public sealed class RunProgress(ProgressTask task, int weeks, int replicates) : IProgress<TickProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Customer-weeks simulated so far.</summary>
    public long CustomerTicks { get; private set; }

    /// <summary>Time since the run started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <inheritdoc />
    public void Report(TickProgress value)
    {
        CustomerTicks = value.CustomerTicks;
        var rate = CustomerTicks / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
        task.Value = value.Replicate * weeks + value.Tick + 1;
        task.Description = replicates > 1
            ? FormattableString.Invariant($"week {value.Tick + 1}/{weeks}, replicate {value.Replicate + 1}/{replicates}, {rate:N0} customer-weeks/s")
            : FormattableString.Invariant($"week {value.Tick + 1}/{weeks}, {rate:N0} customer-weeks/s");
    }

    /// <summary>Runs <paramref name="work"/> under a live progress bar.</summary>
    public static async Task<(T Result, RunProgress Progress)> ShowAsync<T>(IAnsiConsole console, int weeks, int replicates, Func<RunProgress, Task<T>> work)
    {
        (T, RunProgress) outcome = default;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: (double)weeks * replicates);
                var progress = new RunProgress(task, weeks, replicates);
                outcome = (await work(progress), progress);
            });
        return outcome;
    }
}
