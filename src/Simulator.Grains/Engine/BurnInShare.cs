using Simulator.Model.Engine;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Engine;

/// <summary>
/// The burn-ins a series of Orleans runs shares (the scenarios of a comparison), by burn-in
/// (<see cref="BurnIn.Fingerprint"/>) and replicate: the first run of a replicate whose burn-in another
/// scenario of the series also lives keeps it at week 0 in the cluster's checkpoint storage; every later run
/// of such a scenario forks from it, with the same bytes as running it from scratch; the last one to fork
/// deletes it. The Orleans side of the reference engine's <see cref="BurnInCache"/>.
/// </summary>
public sealed class BurnInShare
{
    private readonly Dictionary<string, int> _sharers;
    private readonly Dictionary<(string Burnin, int Replicate), (string Key, int ForksLeft)> _kept = [];
    private readonly Lock _sync = new();

    /// <summary>A share for the runs of <paramref name="series"/>, each scenario run once per replicate.</summary>
    public BurnInShare(IEnumerable<Scenario> series)
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

    /// <summary>Whether replicates of <paramref name="scenario"/> should keep their burn-in: another scenario of the series lives it too.</summary>
    public bool Wants(Scenario scenario) => _sharers.GetValueOrDefault(BurnIn.Fingerprint(scenario)) > 1;

    /// <summary>Notes that replicate <paramref name="replicate"/> of <paramref name="scenario"/> kept its burn-in under <paramref name="key"/>.</summary>
    public void Keep(Scenario scenario, int replicate, string key)
    {
        var fingerprint = BurnIn.Fingerprint(scenario);
        lock (_sync)
        {
            if (_kept.TryAdd((fingerprint, replicate), (key, _sharers.GetValueOrDefault(fingerprint) - 1)))
            {
                Lived++;
            }
        }
    }

    /// <summary>
    /// The key of the burn-in replicate <paramref name="replicate"/> of <paramref name="scenario"/> may fork from, and
    /// whether this is the last fork of it (after which it is to be deleted); null when none is kept.
    /// </summary>
    public (string Key, bool Last)? TryTake(Scenario scenario, int replicate)
    {
        var key = (BurnIn.Fingerprint(scenario), replicate);
        lock (_sync)
        {
            if (!_kept.TryGetValue(key, out var kept))
            {
                return null;
            }

            var last = kept.ForksLeft <= 1;
            if (last)
            {
                _kept.Remove(key);
            }
            else
            {
                _kept[key] = kept with { ForksLeft = kept.ForksLeft - 1 };
            }

            Shared++;
            return (kept.Key, last);
        }
    }
}
