using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The ends of the burn-ins a series of runs shares (the scenarios of a comparison), by burn-in
/// (<see cref="BurnIn.Fingerprint"/>) and replicate: the first run of a replicate lives its burn-in and
/// leaves a copy of where it ended; every later run of a scenario with the same burn-in starts from that
/// copy (<see cref="ReplicateStepper.Fork"/>), with the same bytes as running it from scratch. Only
/// burn-ins that two scenarios of the series share are kept, and each copy is dropped once the last
/// scenario that shares it has forked from it: at most one copy of the population (about 130 bytes a
/// customer) per replicate and shared burn-in, and none for a burn-in no other scenario lives.
/// </summary>
public sealed class BurnInCache
{
    private readonly Dictionary<string, int> _sharers;
    private readonly Dictionary<(string Burnin, int Replicate), (ReplicateSnapshot End, int ForksLeft)> _ends = [];
    private readonly object _sync = new();

    /// <summary>A cache for the runs of <paramref name="series"/>, each scenario run once per replicate.</summary>
    public BurnInCache(IEnumerable<Scenario> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _sharers = series.GroupBy(BurnIn.Fingerprint).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Burn-ins run and kept for the scenarios that share them.</summary>
    public int Lived { get; private set; }

    /// <summary>Burn-ins not run again because an earlier run of the series had lived them.</summary>
    public int Shared { get; private set; }

    /// <summary>
    /// A stepper of replicate <paramref name="replicate"/> of <paramref name="scenario"/> standing at week 0:
    /// forked from an earlier run's burn-in when there was one, else after running the burn-in here,
    /// telling <paramref name="weekDone"/> of each burn-in week it runs.
    /// </summary>
    public ReplicateStepper AtWeekZero(Scenario scenario, int replicate, Action<int>? weekDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var fingerprint = BurnIn.Fingerprint(scenario);
        var key = (fingerprint, replicate);
        lock (_sync)
        {
            if (_ends.TryGetValue(key, out var kept))
            {
                // The last sharer takes the copy away: nothing else will fork from it.
                if (kept.ForksLeft <= 1)
                {
                    _ends.Remove(key);
                }
                else
                {
                    _ends[key] = kept with { ForksLeft = kept.ForksLeft - 1 };
                }

                Shared++;
                return ReplicateStepper.Fork(kept.End, scenario);
            }
        }

        var stepper = ReplicateStepper.Start(scenario, replicate);
        while (stepper.NextTick < 0 && !cancellationToken.IsCancellationRequested)
        {
            var tick = stepper.NextTick;
            stepper.Advance();
            weekDone?.Invoke(tick);
        }

        var sharers = _sharers.GetValueOrDefault(fingerprint);
        if (stepper.NextTick >= 0 && sharers > 1)
        {
            lock (_sync)
            {
                // Two runs may live the same burn-in at once; either end will do, they are the same.
                if (_ends.TryAdd(key, (stepper.TakeSnapshot(), sharers - 1)))
                {
                    Lived++;
                }
            }
        }

        return stepper;
    }
}
