using Microsoft.Extensions.Time.Testing;
using Simulator.Explorer.Api;

namespace Simulator.Explorer.Tests.Support;

/// <summary>An explorer whose sessions run on a fake clock: the pace between weeks and "last used" move only when a test advances it.</summary>
public sealed class FakeClockExplorerFixture : ExplorerFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    protected override TimeProvider Time => Clock;

    protected override int MaxSessions => 2;

    /// <summary>
    /// Moves the clock on by <paramref name="step"/> until <paramref name="done"/> holds: the session may
    /// not have started its wait for the next week yet when the clock first moves.
    /// </summary>
    public async Task<SessionView> AdvanceUntilAsync(string id, TimeSpan step, Func<SessionView, bool> done)
    {
        for (var i = 0; i < 1200; i++)
        {
            var view = await GetAsync(id);
            if (done(view))
            {
                return view;
            }

            Clock.Advance(step);
            await Task.Yield();
        }

        throw new TimeoutException($"Session {id} did not reach the expected state.");
    }
}
