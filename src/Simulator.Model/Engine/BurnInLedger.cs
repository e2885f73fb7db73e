using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// Which burn-ins a series of runs shares (the scenarios of a comparison), by burn-in
/// (<see cref="BurnIn.Fingerprint"/>) and replicate, and where each one's end is kept: the first run of a
/// replicate whose burn-in another scenario of the series also lives keeps its end here; every later run of
/// such a scenario takes it to fork from, the last one taking it away. Only burn-ins that two scenarios of the
/// series share are kept. Each engine keeps its own kind of end: the reference engine a copy of the population
/// (<see cref="BurnInCache"/>), the Orleans engine the key of a checkpoint.
/// </summary>
/// <typeparam name="TEnd">What is kept of a burn-in's end.</typeparam>
public sealed class BurnInLedger<TEnd>
    where TEnd : class
{
    private readonly Dictionary<string, int> _sharers;
    private readonly Dictionary<(string Burnin, int Replicate), (TEnd End, int ForksLeft)> _kept = [];
    private readonly Lock _sync = new();

    /// <summary>A ledger for the runs of <paramref name="series"/>, each scenario run once per replicate.</summary>
    public BurnInLedger(IEnumerable<Scenario> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _sharers = series.GroupBy(BurnIn.Fingerprint).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Burn-ins run and kept for the scenarios that share them.</summary>
    public int Lived { get; private set; }

    /// <summary>Burn-ins not run again because an earlier run of the series had kept them.</summary>
    public int Shared { get; private set; }

    /// <summary>Burn-ins kept that some scenario of the series is still to fork from.</summary>
    public int Waiting
    {
        get
        {
            lock (_sync)
            {
                return _kept.Count;
            }
        }
    }

    /// <summary>Whether a run of <paramref name="scenario"/> that lived its burn-in should keep it: another scenario of the series lives it too.</summary>
    public bool Wants(Scenario scenario) => _sharers.GetValueOrDefault(BurnIn.Fingerprint(scenario)) > 1;

    /// <summary>
    /// Keeps <paramref name="end"/>, where replicate <paramref name="replicate"/> of <paramref name="scenario"/> stood at
    /// week 0, for the other scenarios that share its burn-in; false when one is kept already (two runs may live the
    /// same burn-in at once: either end will do, they are the same).
    /// </summary>
    public bool Keep(Scenario scenario, int replicate, TEnd end)
    {
        var fingerprint = BurnIn.Fingerprint(scenario);
        lock (_sync)
        {
            if (!_kept.TryAdd((fingerprint, replicate), (end, _sharers.GetValueOrDefault(fingerprint) - 1)))
            {
                return false;
            }

            Lived++;
            return true;
        }
    }

    /// <summary>
    /// The end of the burn-in replicate <paramref name="replicate"/> of <paramref name="scenario"/> may fork from, or null
    /// when none is kept; <paramref name="last"/> says whether this was its last fork (it is no longer kept then).
    /// </summary>
    public TEnd? TryTake(Scenario scenario, int replicate, out bool last)
    {
        var key = (BurnIn.Fingerprint(scenario), replicate);
        lock (_sync)
        {
            last = false;
            if (!_kept.TryGetValue(key, out var kept))
            {
                return null;
            }

            last = kept.ForksLeft <= 1;
            if (last)
            {
                _kept.Remove(key);
            }
            else
            {
                _kept[key] = kept with { ForksLeft = kept.ForksLeft - 1 };
            }

            Shared++;
            return kept.End;
        }
    }
}
