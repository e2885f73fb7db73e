using Simulator.Model.Brands;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Sessions;

/// <summary>
/// One visitor's exploration: a scenario run week by week on the cluster, in one arm or, in compare
/// mode, two arms on the same seed (common random numbers). Start, pause, step and reset drive it;
/// lever changes apply from the next week on.
/// </summary>
public sealed class ExplorerSession : IAsyncDisposable
{
    /// <summary>The brand whose levers the sliders move and whose figures the charts show: the first brand of the scenario.</summary>
    public const int Brand = 0;

    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _sync = new();
    private SessionArm[] _arms;
    private CancellationTokenSource _lifetime = new();
    private CancellationTokenSource? _running;
    private Task _work = Task.CompletedTask;
    private SessionStatus _status = SessionStatus.Preparing;
    private string? _error;
    private int _pace;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _ended;
    private long _version;
    private int _resets;

    /// <summary>
    /// Creates a session; <see cref="Begin"/> starts its preparation. <paramref name="time"/> is its only clock.
    /// <paramref name="setup"/> are lever settings made at week 0, before the first week (a lesson's); <paramref name="lesson"/> names that lesson.
    /// </summary>
    public ExplorerSession(string id, IGrainFactory grains, Scenario scenario, bool compare, int paceMilliseconds, TimeProvider time, IReadOnlyList<SetupChange>? setup = null, string? lesson = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        Id = id;
        _grains = grains;
        _time = time;
        Started = time.GetUtcNow();
        LastUsed = time.GetTimestamp();
        Scenario = scenario;
        Compare = compare;
        _pace = paceMilliseconds;
        Setup = setup ?? [];
        Lesson = lesson;
        _arms = NewArms();
    }

    /// <summary>Lever settings made at week 0, before the first week, after every preparation (a lesson's).</summary>
    public IReadOnlyList<SetupChange> Setup { get; }

    /// <summary>The lesson the session was made for, or null.</summary>
    public string? Lesson { get; }

    /// <summary>
    /// Grows by one at every change a view shows (a status, a week run, a lever moved): a page given views
    /// out of order keeps the newest. Read it before the state a view is made of.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>How many times the session was reset: a page seeing it grow forgets the weeks it had.</summary>
    public int Resets => Volatile.Read(ref _resets);

    /// <summary>Whether the session has ended: a live view stops.</summary>
    public bool Ended => _ended;

    /// <summary>When the session was made (run metadata for the report; never enters the model).</summary>
    public DateTimeOffset Started { get; }

    /// <summary>The order in which the store made the session (1, 2, ...): what breaks a tie between sessions last used at the same time.</summary>
    public long Sequence { get; init; }

    /// <summary>The session id.</summary>
    public string Id { get; }

    /// <summary>The scenario explored (bounded population, length and replicates).</summary>
    public Scenario Scenario { get; }

    /// <summary>Whether two arms run side by side.</summary>
    public bool Compare { get; }

    /// <summary>When the session was last used, for making room: a timestamp of the session's clock, never the model's.</summary>
    public long LastUsed { get; private set; }

    /// <summary>The session's state.</summary>
    public SessionStatus Status
    {
        get
        {
            lock (_sync)
            {
                return _status;
            }
        }
    }

    /// <summary>What went wrong, when <see cref="Status"/> is <see cref="SessionStatus.Failed"/>.</summary>
    public string? Error
    {
        get
        {
            lock (_sync)
            {
                return _error;
            }
        }
    }

    /// <summary>Milliseconds between weeks while running.</summary>
    public int PaceMilliseconds
    {
        get => Volatile.Read(ref _pace);
        set => Volatile.Write(ref _pace, value);
    }

    /// <summary>The arms: A, and B in compare mode.</summary>
    public IReadOnlyList<SessionArm> Arms => Volatile.Read(ref _arms);

    /// <summary>Weeks run so far.</summary>
    public int Week => Arms[0].WeeksRun;

    /// <summary>The arm named <paramref name="name"/>, or null.</summary>
    public SessionArm? Arm(string name) => Arms.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Notes a use of the session.</summary>
    public void Touch() => LastUsed = _time.GetTimestamp();

    /// <summary>
    /// Completes the next time something a view of the session shows changes (a status, a week run, a lever
    /// moved): what a live view waits on instead of asking again and again. Take it before reading the state.
    /// </summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    /// <summary>The time now on the session's clock (for the run metadata of a download).</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Starts creating the customers and running burn-in in the background.</summary>
    public void Begin()
    {
        lock (_sync)
        {
            _status = SessionStatus.Preparing;
            _error = null;
            _work = Task.Run(PrepareAsync);
        }

        Notify();
    }

    /// <summary>Runs weeks at the session's pace until paused or finished; false when it cannot start now.</summary>
    public bool Start()
    {
        lock (_sync)
        {
            if (_status is not (SessionStatus.Ready or SessionStatus.Paused))
            {
                return false;
            }

            _status = SessionStatus.Running;
            _running = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
            var token = _running.Token;
            _work = Task.Run(() => RunAsync(token));
        }

        Notify();
        return true;
    }

    /// <summary>Stops a running session after the week in progress.</summary>
    public async Task PauseAsync()
    {
        Task work;
        lock (_sync)
        {
            _running?.Cancel();
            work = _work;
        }

        await work;
    }

    /// <summary>Runs one block of weeks (one week unless the information lag allows more); false when it cannot step now.</summary>
    public async Task<bool> StepAsync()
    {
        lock (_sync)
        {
            if (_status is not (SessionStatus.Ready or SessionStatus.Paused))
            {
                return false;
            }
        }

        try
        {
            await AdvanceAsync();
        }
        catch (Exception e)
        {
            // The page shows the session as failed, with the reason; reset starts again.
            Fail(e);
            return true;
        }

        lock (_sync)
        {
            if (_status is SessionStatus.Ready or SessionStatus.Paused)
            {
                _status = Arms[0].Finished ? SessionStatus.Finished : SessionStatus.Paused;
            }
        }

        Notify();
        return true;
    }

    /// <summary>Back to week 0 with the scenario's own policies: new customers (the same ones, same seed), burn-in again.</summary>
    public async Task ResetAsync()
    {
        await PauseAsync();
        await _gate.WaitAsync();
        try
        {
            // Preparing before the arms end: whatever waits on the gate finds the new state, not an arm without a run.
            lock (_sync)
            {
                _status = SessionStatus.Preparing;
                _error = null;
            }

            Notify();
            foreach (var arm in Arms)
            {
                await arm.EndAsync();
            }

            Volatile.Write(ref _arms, NewArms());
            Interlocked.Increment(ref _resets);
        }
        finally
        {
            _gate.Release();
        }

        Begin();
    }

    /// <summary>
    /// Sets <paramref name="lever"/> of brand <paramref name="brand"/> in <paramref name="arm"/> from the next week on (waits for a
    /// week in progress); false when the arm is no longer the session's (a reset came first) or the session is preparing.
    /// </summary>
    public async Task<bool> ChangeAsync(SessionArm arm, int brand, Lever lever, double value)
    {
        await _gate.WaitAsync();
        try
        {
            if (!Arms.Contains(arm) || Status is SessionStatus.Preparing or SessionStatus.Failed)
            {
                return false;
            }

            await arm.ChangeAsync(brand, lever, value);
        }
        finally
        {
            _gate.Release();
        }

        Notify();
        return true;
    }

    /// <summary>The policy of every brand in <paramref name="arm"/> from the next week on (null while preparing).</summary>
    public Task<BrandPolicy[]?> NextPoliciesAsync(SessionArm arm) => WhenReadyAsync(arm, () => Task.FromResult<BrandPolicy[]?>(arm.NextPolicies()));

    /// <summary>Replicate 0's customers in <paramref name="arm"/> after the last week run, with that week's word of mouth (null while preparing).</summary>
    public Task<PopulationFrame?> ObserveAsync(SessionArm arm) => WhenReadyAsync<PopulationFrame>(arm, async () => await arm.ObserveAsync());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _ended = true;
        Notify();
        await _lifetime.CancelAsync();
        try
        {
            await _work;
        }
        catch (Exception)
        {
            // The session is going away; its failure was already reported through Status.
        }

        foreach (var arm in Arms)
        {
            await arm.EndAsync();
        }
    }

    private SessionArm[] NewArms() => Compare
        ? [new SessionArm("A", Scenario.Replicates), new SessionArm("B", Scenario.Replicates)]
        : [new SessionArm("A", Scenario.Replicates)];

    // Reads something of the runs once burn-in is over; null before (burn-in holds the gate for a while).
    private async Task<T?> WhenReadyAsync<T>(SessionArm arm, Func<Task<T?>> read)
        where T : class
    {
        if (Status is SessionStatus.Preparing or SessionStatus.Failed)
        {
            return null;
        }

        await _gate.WaitAsync();
        try
        {
            return Status is SessionStatus.Preparing or SessionStatus.Failed || !Arms.Contains(arm) ? null : await read();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task PrepareAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await Task.WhenAll(Arms.Select(a => a.PrepareAsync(_grains, Scenario, _lifetime.Token)));
            foreach (var change in Setup)
            {
                await Arm(change.Arm)!.ChangeAsync(change.Brand, change.Lever, change.Value);
            }

            SetStatus(SessionStatus.Ready);
        }
        catch (Exception e)
        {
            Fail(e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RunAsync(CancellationToken token)
    {
        try
        {
            while (!token.IsCancellationRequested && !Arms[0].Finished)
            {
                await AdvanceAsync();
                if (!Arms[0].Finished)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(PaceMilliseconds), _time, token);
                }
            }

            SetStatus(Arms[0].Finished ? SessionStatus.Finished : SessionStatus.Paused);
        }
        catch (OperationCanceledException)
        {
            SetStatus(SessionStatus.Paused);
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    private async Task AdvanceAsync()
    {
        await _gate.WaitAsync();
        try
        {
            // A reset may have come between the caller's look at the status and the gate: the new arms are not ready.
            if (Status is not (SessionStatus.Preparing or SessionStatus.Failed) && !Arms[0].Finished)
            {
                // Both arms share the seed; running them together keeps their weeks in step.
                await Task.WhenAll(Arms.Select(a => a.AdvanceAsync()));
            }
        }
        finally
        {
            _gate.Release();
        }

        Touch();
        Notify();
    }

    private void SetStatus(SessionStatus status)
    {
        lock (_sync)
        {
            if (_status != SessionStatus.Failed)
            {
                _status = status;
            }
        }

        Notify();
    }

    private void Fail(Exception e)
    {
        lock (_sync)
        {
            _status = SessionStatus.Failed;
            _error = e.Message;
        }

        Notify();
    }

    // Wakes whoever waits on Changed, and gives the next waiters a fresh task.
    private void Notify()
    {
        Interlocked.Increment(ref _version);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
