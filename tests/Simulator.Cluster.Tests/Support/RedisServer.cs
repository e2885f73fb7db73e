using System.Diagnostics;
using System.Net.Sockets;
using Simulator.Grains.Hosting;
using Xunit;

namespace Simulator.Cluster.Tests.Support;

/// <summary>
/// Debian's redis-server on 127.0.0.1 and a free port, started for the tests and stopped after.
/// Needs redis-server on the PATH ('apt-get install redis-server'; .ci/run installs it).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = FreePorts.Next();

    public string Endpoint => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server not found: install Debian's with 'apt-get install redis-server' (.ci/run does).");
        _process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // redis-server says when it is ready; wait for that line (or its exit), then check that it answers.
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var first = await Task.WhenAny(ready.Task, _process.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(2));
        if (first == ready.Task && await AnswersAsync())
        {
            return;
        }

        throw new InvalidOperationException($"redis-server did not answer on {Endpoint}.");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<RedisServer>
{
    // One collection: the silos of each test have the machine's two cores to themselves.
    public const string Name = "redis cluster";
}
