using System.Collections.Concurrent;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Sessions;

/// <summary>The explorer's sessions, at most a fixed number: making a new one ends the least recently used.</summary>
/// <param name="grains">The cluster the sessions run on.</param>
/// <param name="capacity">The most sessions open at once.</param>
/// <param name="time">The sessions' clock (pace and last use); the system's unless a test gives a fake one.</param>
public sealed class SessionStore(IGrainFactory grains, int capacity, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ExplorerSession> _sessions = new();
    private readonly SemaphoreSlim _creating = new(1, 1);
    private long _created;

    /// <summary>Sessions open now.</summary>
    public int Count => _sessions.Count;

    /// <summary>Creates a session and starts its burn-in; <paramref name="setup"/> and <paramref name="lesson"/> as for <see cref="ExplorerSession"/>.</summary>
    public async Task<ExplorerSession> CreateAsync(Scenario scenario, bool compare, int paceMilliseconds, IReadOnlyList<SetupChange>? setup = null, string? lesson = null)
    {
        await _creating.WaitAsync();
        try
        {
            while (_sessions.Count >= capacity)
            {
                // Used at the same tick of the clock, the one made first goes first.
                var oldest = _sessions.Values.MinBy(s => (s.LastUsed, s.Sequence));
                if (oldest is not null && _sessions.TryRemove(oldest.Id, out var removed))
                {
                    await removed.DisposeAsync();
                }
            }

            var session = new ExplorerSession(Guid.NewGuid().ToString("N"), grains, scenario, compare, paceMilliseconds, time, setup, lesson) { Sequence = ++_created };
            _sessions[session.Id] = session;
            session.Begin();
            return session;
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>The session with id <paramref name="id"/>, or null.</summary>
    public ExplorerSession? Find(string id)
    {
        if (_sessions.TryGetValue(id, out var session))
        {
            session.Touch();
            return session;
        }

        return null;
    }

    /// <summary>Ends and forgets a session; false when there is none with that id.</summary>
    public async Task<bool> RemoveAsync(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        return true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var id in _sessions.Keys.ToList())
        {
            await RemoveAsync(id);
        }
    }
}
