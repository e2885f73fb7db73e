using System.Collections.Concurrent;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The ends of the burn-ins run so far, by burn-in (<see cref="BurnIn.Fingerprint"/>) and replicate: the
/// first run of a replicate lives its burn-in and leaves a copy of where it ended; every later run of a
/// scenario with the same burn-in starts from that copy (<see cref="ReplicateStepper.Fork"/>), with the
/// same bytes as running it from scratch. It holds one copy of the population per replicate and burn-in
/// (about 130 bytes a customer), for as long as the series of runs lasts.
/// </summary>
public sealed class BurnInCache
{
    private readonly ConcurrentDictionary<(string Burnin, int Replicate), ReplicateSnapshot> _ends = new();

    /// <summary>Burn-ins run so far.</summary>
    public int Lived { get; private set; }

    /// <summary>Burn-ins not run again because an earlier run had lived them.</summary>
    public int Shared { get; private set; }

    /// <summary>
    /// A stepper of replicate <paramref name="replicate"/> of <paramref name="scenario"/> standing at week 0:
    /// forked from an earlier run's burn-in when there was one, else after running the burn-in here,
    /// telling <paramref name="weekDone"/> of each burn-in week it runs.
    /// </summary>
    public ReplicateStepper AtWeekZero(Scenario scenario, int replicate, Action<int>? weekDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var key = (BurnIn.Fingerprint(scenario), replicate);
        if (_ends.TryGetValue(key, out var end))
        {
            Count(shared: true);
            return ReplicateStepper.Fork(end, scenario);
        }

        var stepper = ReplicateStepper.Start(scenario, replicate);
        while (stepper.NextTick < 0 && !cancellationToken.IsCancellationRequested)
        {
            var tick = stepper.NextTick;
            stepper.Advance();
            weekDone?.Invoke(tick);
        }

        if (stepper.NextTick >= 0)
        {
            // Two runs may live the same burn-in at once; either end will do, they are the same.
            _ends.TryAdd(key, stepper.TakeSnapshot());
            Count(shared: false);
        }

        return stepper;
    }

    private void Count(bool shared)
    {
        lock (_ends)
        {
            if (shared)
            {
                Shared++;
            }
            else
            {
                Lived++;
            }
        }
    }
}
