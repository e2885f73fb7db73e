using System.Diagnostics;
using System.Text;

namespace Simulator.Cluster.Tests.Support;

/// <summary>A cxsim process (a silo, or a client run) whose output is collected line by line.</summary>
public sealed class CxsimProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly object _sync = new();
    private TaskCompletionSource _printed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CxsimProcess(Process process) => _process = process;

    /// <summary>The built cxsim next to the test assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "cxsim.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_sync)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_sync)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet cxsim.dll ARGS</c> with extra environment variables.</summary>
    public static CxsimProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new CxsimProcess(Process.Start(info)!);
        process._process.OutputDataReceived += (_, e) => process.Append(process._output, e.Data);
        process._process.ErrorDataReceived += (_, e) => process.Append(process._error, e.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails if the process exits first or time runs out.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            // Taken before reading the output, so a line printed in between still wakes the wait.
            var printed = Volatile.Read(ref _printed).Task;
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"cxsim exited ({_process.ExitCode}) before printing '{text}'.\n{Output}\n{Error}");
            }

            var left = timeout - deadline.Elapsed;
            try
            {
                await Task.WhenAny(printed, _process.WaitForExitAsync()).WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"cxsim did not print '{text}' within {timeout}.\n{Output}\n{Error}");
            }
        }
    }

    /// <summary>Waits for the process to end; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            _process.WaitForExit(); // drains the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: the process ends at once, without leaving the cluster.</summary>
    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_sync)
        {
            builder.AppendLine(line);
        }

        Interlocked.Exchange(ref _printed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
