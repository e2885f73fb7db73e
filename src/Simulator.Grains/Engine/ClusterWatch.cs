using Orleans.Runtime;

namespace Simulator.Grains.Engine;

/// <summary>
/// Watches the silos that were up when a run began: as soon as one of them is no longer active
/// (killed, crashed, shut down), <see cref="Lost"/> completes with its address, so a run waiting on
/// a call that will never return can stop at once.
/// </summary>
public sealed class ClusterWatch : IAsyncDisposable
{
    /// <summary>How often the membership table is read.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    // A membership read answered by a silo that is going away may never return.
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly IManagementGrain _management;
    private readonly IReadOnlyCollection<SiloAddress> _silos;
    private readonly TaskCompletionSource<string> _lost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ClusterWatch(IManagementGrain management, IReadOnlyCollection<SiloAddress> silos)
    {
        _management = management;
        _silos = silos;
        _loop = Task.Run(WatchAsync);
    }

    /// <summary>Completes with the address of the first watched silo found not active; never completes otherwise.</summary>
    public Task<string> Lost => _lost.Task;

    /// <summary>Starts watching the silos active now.</summary>
    public static async Task<ClusterWatch> StartAsync(IGrainFactory grains)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        return new ClusterWatch(management, [.. hosts.Keys]);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        while (!_stop.IsCancellationRequested && !_lost.Task.IsCompleted)
        {
            try
            {
                await Task.Delay(Interval, _stop.Token);
                var hosts = await _management.GetHosts(onlyActive: false).WaitAsync(ReadTimeout, _stop.Token);
                var gone = _silos.FirstOrDefault(s => !hosts.TryGetValue(s, out var status) || status != SiloStatus.Active);
                if (gone is not null)
                {
                    _lost.TrySetResult(gone.ToString());
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // The read failed or timed out (its silo may be the one going away): read again.
            }
        }
    }
}
