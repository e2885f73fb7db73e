using System.Diagnostics;
using System.Globalization;
using Simulator.Reporting.Calibration;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows a fit's progress over its evaluations: the evaluation, its error and the best so far. On a
/// terminal it is a live bar; when output is redirected it is one line per tenth of the budget.
/// </summary>
public sealed class CalibrationProgressBar : IProgress<CalibrationProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressTask? _task;
    private readonly IAnsiConsole? _lines;
    private int _lastTenth;

    private CalibrationProgressBar(ProgressTask? task, IAnsiConsole? lines)
    {
        _task = task;
        _lines = lines;
    }

    /// <summary>Time since the fit started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Evaluations done.</summary>
    public int Evaluations { get; private set; }

    /// <inheritdoc />
    public void Report(CalibrationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Evaluations = value.Evaluation;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"evaluation {value.Evaluation}/{value.MaxEvaluations}, RMSE {Points(value.Rmse)}, best {Points(value.BestRmse)}");
        if (_task is not null)
        {
            _task.Value = value.Evaluation;
            _task.Description = text;
            return;
        }

        var tenth = 10 * value.Evaluation / Math.Max(1, value.MaxEvaluations);
        if (tenth > _lastTenth || value.Evaluation == 1)
        {
            _lastTenth = Math.Max(_lastTenth, tenth);
            _lines!.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text} ({_clock.Elapsed.TotalSeconds:0.0} s)"));
        }
    }

    /// <summary>Runs <paramref name="work"/> (on a thread of its own) while showing its progress.</summary>
    public static async Task<(T Result, CalibrationProgressBar Progress)> ShowAsync<T>(IAnsiConsole console, int maxEvaluations, Func<CalibrationProgressBar, T> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.Profile.Capabilities.Interactive)
        {
            var lines = new CalibrationProgressBar(null, console);
            return (await RunLongAsync(() => work(lines)), lines);
        }

        (T, CalibrationProgressBar) outcome = default;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: maxEvaluations);
                var bar = new CalibrationProgressBar(task, null);
                outcome = (await RunLongAsync(() => work(bar)), bar);
                task.Value = task.MaxValue;
            });
        return outcome;
    }

    // A fit blocks a thread for minutes: give it its own rather than hold a thread-pool thread.
    private static Task<T> RunLongAsync<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static string Points(double rmse) =>
        double.IsFinite(rmse) ? rmse.ToString("0.00", CultureInfo.InvariantCulture) + " pts" : "n/a";
}
