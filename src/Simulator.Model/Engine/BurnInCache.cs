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
    private readonly BurnInLedger<ReplicateSnapshot> _ledger;

    /// <summary>A cache for the runs of <paramref name="series"/>, each scenario run once per replicate.</summary>
    public BurnInCache(IEnumerable<Scenario> series) => _ledger = new BurnInLedger<ReplicateSnapshot>(series);

    /// <summary>Burn-ins run and kept for the scenarios that share them.</summary>
    public int Lived => _ledger.Lived;

    /// <summary>Burn-ins not run again because an earlier run of the series had lived them.</summary>
    public int Shared => _ledger.Shared;

    /// <summary>
    /// A stepper of replicate <paramref name="replicate"/> of <paramref name="scenario"/> standing at week 0:
    /// forked from an earlier run's burn-in when there was one, else after running the burn-in here,
    /// telling <paramref name="weekDone"/> of each burn-in week it runs.
    /// </summary>
    public ReplicateStepper AtWeekZero(Scenario scenario, int replicate, Action<int>? weekDone = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (_ledger.TryTake(scenario, replicate, out _) is { } end)
        {
            return ReplicateStepper.Fork(end, scenario);
        }

        var stepper = ReplicateStepper.Start(scenario, replicate);
        while (stepper.NextTick < 0 && !cancellationToken.IsCancellationRequested)
        {
            var tick = stepper.NextTick;
            stepper.Advance();
            weekDone?.Invoke(tick);
        }

        if (stepper.NextTick >= 0 && _ledger.Wants(scenario))
        {
            _ledger.Keep(scenario, replicate, stepper.TakeSnapshot());
        }

        return stepper;
    }
}
