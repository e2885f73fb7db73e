using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// The one way cxsim shows progress: on a terminal a live Spectre bar; when output is redirected one
/// line per tenth of the work (with the time left), so logs stay short. Callers say how far they are
/// and what to print; this class decides how.
/// </summary>
public sealed class ProgressDisplay
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressTask? _task;
    private readonly IAnsiConsole? _lines;
    private int _lastTenth;

    private ProgressDisplay(ProgressTask? task, IAnsiConsole? lines)
    {
        _task = task;
        _lines = lines;
    }

    /// <summary>Time since the work started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Shows that <paramref name="done"/> of <paramref name="total"/> is done. When redirected, a line is
    /// printed each time <paramref name="share"/> (default done / total) passes a tenth, or when
    /// <paramref name="force"/>; <paramref name="line"/> replaces the default "NN%  text, about S s left".
    /// </summary>
    public void Show(double done, double total, string text, double? share = null, bool force = false, string? line = null)
    {
        if (_task is not null)
        {
            _task.Value = done;
            _task.Description = Markup.Escape(text);
            return;
        }

        var tenth = (int)(10 * (share ?? done / Math.Max(total, 1)));
        if (tenth <= _lastTenth && !force)
        {
            return;
        }

        _lastTenth = Math.Max(_lastTenth, tenth);
        var left = TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (total - done) / Math.Max(done, 1));
        _lines!.WriteLine(line ?? string.Create(CultureInfo.InvariantCulture, $"{10 * tenth,3}%  {text}, about {left.TotalSeconds:0} s left"));
    }

    /// <summary>Runs <paramref name="work"/> while showing its progress over <paramref name="total"/> units.</summary>
    /// <param name="console">Where to show it.</param>
    /// <param name="total">Units of work in all.</param>
    /// <param name="work">The work, given the display to report to.</param>
    /// <param name="elapsed">Show elapsed time instead of time left in the bar (for work of unknown pace).</param>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, double total, Func<ProgressDisplay, Task<T>> work, bool elapsed = false)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(new ProgressDisplay(null, console));
        }

        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new PercentageColumn(),
                elapsed ? new ElapsedTimeColumn() : new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(total, 1));
                result = await work(new ProgressDisplay(task, null));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
