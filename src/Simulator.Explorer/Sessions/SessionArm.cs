using Simulator.Grains.Engine;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Sessions;

/// <summary>
/// One policy setting of a session (compare mode has two, A and B, on the same seed): its run on
/// the cluster and the weeks it has produced so far.
/// </summary>
public sealed class SessionArm
{
    private readonly List<TickAggregate> _ticks = [];
    private readonly List<WeekPoint> _points = [];
    private readonly object _sync = new();
    private IReplicateStepper? _run;
    private long _startCustomers;

    /// <summary>Creates an arm named <paramref name="name"/>.</summary>
    public SessionArm(string name) => Name = name;

    /// <summary>"A" or "B".</summary>
    public string Name { get; }

    /// <summary>Weeks run (from week 0).</summary>
    public int WeeksRun
    {
        get
        {
            lock (_sync)
            {
                return _points.Count;
            }
        }
    }

    /// <summary>Whether every week of the scenario has run.</summary>
    public bool Finished => _run?.Finished ?? false;

    /// <summary>The points from week <paramref name="since"/> on.</summary>
    public IReadOnlyList<WeekPoint> PointsSince(int since)
    {
        lock (_sync)
        {
            return since >= _points.Count ? [] : _points.GetRange(Math.Max(0, since), _points.Count - Math.Max(0, since));
        }
    }

    /// <summary>The policy changes made so far.</summary>
    public IReadOnlyList<PolicyChange> Interventions => _run is { } run ? [.. run.Interventions] : [];

    /// <summary>The responses the brands' rules have decided so far.</summary>
    public IReadOnlyList<Model.Brands.Responses.BrandResponse> Responses => _run is { } run ? [.. run.Responses] : [];

    /// <summary>Creates the customers and runs the burn-in, so the arm stands at week 0.</summary>
    public async Task PrepareAsync(IGrainFactory grains, Scenario scenario, CancellationToken cancellationToken)
    {
        IReplicateStepper run = await SteppedRun.BeginAsync(grains, scenario);
        _run = run;
        while (run.NextTick < 0 && !cancellationToken.IsCancellationRequested)
        {
            Record(await run.AdvanceAsync());
        }
    }

    /// <summary>Runs the next block of weeks.</summary>
    public async Task AdvanceAsync() => Record(await Run.AdvanceAsync());

    /// <summary>The policy of the explored brand from the next week on.</summary>
    public BrandPolicy NextPolicy() => Run.AsScheduled().CreateSchedule().PoliciesAt(Math.Max(Run.NextTick, 0))[ExplorerSession.Brand];

    /// <summary>Sets a lever of the explored brand from the next week on.</summary>
    public Task ChangeAsync(Lever lever, double value) => Run.ChangePolicyAsync(ExplorerSession.Brand, lever, value);

    /// <summary>The scenario as run so far: the interventions scheduled, and the weeks that have run.</summary>
    public Scenario RunSoFar() => Run.AsScheduled().WithRun(weeks: Math.Max(1, WeeksRun));

    /// <summary>The result so far, for the CSV and the report; incomplete until every week has run.</summary>
    public SimulationResult Result()
    {
        var run = Run;
        lock (_sync)
        {
            return new SimulationResult(run.AsScheduled(), [new ReplicateResult(0, run.Initial, [.. _ticks]) { Responses = [.. run.Responses] }], Completed: run.Finished);
        }
    }

    /// <summary>Ends the run's grains.</summary>
    public async Task EndAsync()
    {
        if (_run is { } run)
        {
            _run = null;
            await run.DisposeAsync();
        }
    }

    private IReplicateStepper Run => _run ?? throw new InvalidOperationException("The session has no run; reset it.");

    private void Record(WeekBlock block)
    {
        lock (_sync)
        {
            for (var i = 0; i < block.Weeks.Count; i++)
            {
                var week = block.FirstTick + i;
                if (week >= 0)
                {
                    if (_ticks.Count == 0)
                    {
                        _startCustomers = WeekPoint.CustomersOf(Run.Initial, ExplorerSession.Brand);
                    }

                    _ticks.Add(block.Weeks[i]);
                    _points.Add(WeekPoint.Of(block.Weeks[i], week, ExplorerSession.Brand, _startCustomers));
                }
            }
        }
    }
}
