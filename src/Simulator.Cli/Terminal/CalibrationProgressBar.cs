using System.Globalization;
using Simulator.Experiments.Calibration;
using Simulator.Reporting.Calibration;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// Shows a fit's progress over its evaluations: the evaluation, its error and the best so far. On a
/// terminal it is a live bar; when output is redirected it is one line per tenth of the budget.
/// </summary>
public sealed class CalibrationProgressBar : IProgress<CalibrationProgress>
{
    private readonly ProgressDisplay _display;

    private CalibrationProgressBar(ProgressDisplay display) => _display = display;

    /// <summary>Time since the fit started.</summary>
    public TimeSpan Elapsed => _display.Elapsed;

    /// <summary>Evaluations done.</summary>
    public int Evaluations { get; private set; }

    /// <inheritdoc />
    public void Report(CalibrationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Evaluations = value.Evaluation;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"evaluation {value.Evaluation}/{value.MaxEvaluations}, RMSE {Points(value.Rmse)}, best {Points(value.BestRmse)}");
        _display.Show(value.Evaluation, value.MaxEvaluations, text, force: value.Evaluation == 1,
            line: string.Create(CultureInfo.InvariantCulture, $"{text} ({Elapsed.TotalSeconds:0.0} s)"));
    }

    /// <summary>Runs <paramref name="work"/> (on a thread of its own) while showing its progress.</summary>
    public static Task<(T Result, CalibrationProgressBar Progress)> ShowAsync<T>(IAnsiConsole console, int maxEvaluations, Func<CalibrationProgressBar, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ProgressDisplay.RunAsync(console, maxEvaluations, async display =>
        {
            var bar = new CalibrationProgressBar(display);
            return (await RunLongAsync(() => work(bar)), bar);
        }, elapsed: true);
    }

    // A fit blocks a thread for minutes: give it its own rather than hold a thread-pool thread.
    private static Task<T> RunLongAsync<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static string Points(double rmse) =>
        double.IsFinite(rmse) ? rmse.ToString("0.00", CultureInfo.InvariantCulture) + " pts" : "n/a";
}
