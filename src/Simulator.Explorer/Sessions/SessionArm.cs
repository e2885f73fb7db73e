using Simulator.Experiments.Statistics;
using Simulator.Grains.Engine;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Sessions;

/// <summary>
/// One policy setting of a session (compare mode has two, A and B, on the same seed): its
/// replicates' runs on the cluster, stepped together, and the weeks they have produced so far.
/// Replicate 0 is the one whose customers the page shows; with several replicates the charted
/// points are their means, with 95% intervals.
/// </summary>
public sealed class SessionArm
{
    private readonly List<TickAggregate>[] _ticks;
    private readonly List<WeekPoint>[] _replicatePoints;
    private readonly List<WeekPoint> _points = [];
    private readonly List<WeekBand> _bands = [];
    private readonly long[] _startCustomers;
    private readonly object _sync = new();
    private IReplicateStepper[]? _runs;

    /// <summary>Creates an arm named <paramref name="name"/> of <paramref name="replicates"/> replicates.</summary>
    public SessionArm(string name, int replicates = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        Name = name;
        _ticks = [.. Enumerable.Range(0, replicates).Select(_ => new List<TickAggregate>())];
        _replicatePoints = [.. Enumerable.Range(0, replicates).Select(_ => new List<WeekPoint>())];
        _startCustomers = new long[replicates];
    }

    /// <summary>"A" or "B".</summary>
    public string Name { get; }

    /// <summary>Number of replicates.</summary>
    public int Replicates => _ticks.Length;

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
    public bool Finished => _runs?[0].Finished ?? false;

    /// <summary>The points from week <paramref name="since"/> on: replicate 0's, or the replicates' means.</summary>
    public IReadOnlyList<WeekPoint> PointsSince(int since) => Since(_points, since);

    /// <summary>The 95% intervals of the replicates' means from week <paramref name="since"/> on (none with one replicate).</summary>
    public IReadOnlyList<WeekBand> BandsSince(int since) => Since(_bands, since);

    /// <summary>Every replicate's point of week <paramref name="week"/>, which must have run.</summary>
    public IReadOnlyList<WeekPoint> ReplicatePointsAt(int week)
    {
        lock (_sync)
        {
            return [.. _replicatePoints.Select(p => p[week])];
        }
    }

    /// <summary>The policy changes made so far (the same in every replicate).</summary>
    public IReadOnlyList<PolicyChange> Interventions => _runs is { } runs ? [.. runs[0].Interventions] : [];

    /// <summary>The responses the brands' rules have decided so far in replicate 0.</summary>
    public IReadOnlyList<BrandResponse> Responses => _runs is { } runs ? [.. runs[0].Responses] : [];

    /// <summary>Creates the customers of every replicate and runs the burn-in, so the arm stands at week 0.</summary>
    public async Task PrepareAsync(IGrainFactory grains, Scenario scenario, CancellationToken cancellationToken)
    {
        var runs = new IReplicateStepper[Replicates];
        for (var r = 0; r < runs.Length; r++)
        {
            runs[r] = await SteppedRun.BeginAsync(grains, scenario, r);
        }

        _runs = runs;
        while (runs[0].NextTick < 0 && !cancellationToken.IsCancellationRequested)
        {
            await AdvanceAsync();
        }
    }

    /// <summary>Runs the next block of weeks of every replicate.</summary>
    public async Task AdvanceAsync()
    {
        var runs = Runs;
        Record(await Task.WhenAll(runs.Select(r => r.AdvanceAsync())));
    }

    /// <summary>The policy of every brand from the next week on: the scenario's schedule, the brands' responses, then the interventions, as the engines apply them.</summary>
    public BrandPolicy[] NextPolicies()
    {
        var run = Runs[0];
        return run.Scenario.CreateSchedule([.. run.Responses.SelectMany(r => r.Changes), .. run.Interventions]).PoliciesAt(Math.Max(run.NextTick, 0));
    }

    /// <summary>Sets a lever of brand <paramref name="brand"/> from the next week on, in every replicate.</summary>
    public Task ChangeAsync(int brand, Lever lever, double value) => Task.WhenAll(Runs.Select(r => r.ChangePolicyAsync(brand, lever, value)));

    /// <summary>Replicate 0's customers after the last week run, and that week's word of mouth.</summary>
    public Task<PopulationFrame> ObserveAsync() => Runs[0].ObserveAsync();

    /// <summary>The scenario as run so far: the interventions scheduled, and the weeks that have run.</summary>
    public Scenario RunSoFar() => Runs[0].AsScheduled().WithRun(weeks: Math.Max(1, WeeksRun));

    /// <summary>The result so far, for the CSV and the report (every replicate); incomplete until every week has run.</summary>
    public SimulationResult Result()
    {
        var runs = Runs;
        lock (_sync)
        {
            var replicates = runs.Select((run, r) => new ReplicateResult(r, run.Initial, [.. _ticks[r]]) { Responses = [.. run.Responses] });
            return new SimulationResult(runs[0].AsScheduled(), [.. replicates], Completed: runs[0].Finished);
        }
    }

    /// <summary>Ends the runs' grains.</summary>
    public async Task EndAsync()
    {
        if (_runs is { } runs)
        {
            _runs = null;
            foreach (var run in runs)
            {
                await run.DisposeAsync();
            }
        }
    }

    private IReplicateStepper[] Runs => _runs ?? throw new InvalidOperationException("The session has no run; reset it.");

    private IReadOnlyList<T> Since<T>(List<T> items, int since)
    {
        lock (_sync)
        {
            var from = Math.Max(0, since);
            return from >= items.Count ? [] : items.GetRange(from, items.Count - from);
        }
    }

    // Every replicate ran the same block of weeks (the same lag, the same length).
    private void Record(WeekBlock[] blocks)
    {
        lock (_sync)
        {
            var first = blocks[0];
            for (var i = 0; i < first.Weeks.Count; i++)
            {
                var week = first.FirstTick + i;
                if (week < 0)
                {
                    continue;
                }

                for (var r = 0; r < blocks.Length; r++)
                {
                    var tick = blocks[r].Weeks[i];
                    if (_ticks[r].Count == 0)
                    {
                        _startCustomers[r] = WeekPoint.CustomersOf(_runs![r].Initial, ExplorerSession.Brand);
                    }

                    var previous = _replicatePoints[r].Count == 0 ? null : _replicatePoints[r][^1];
                    _ticks[r].Add(tick);
                    _replicatePoints[r].Add(WeekPoint.Of(tick, week, ExplorerSession.Brand, _startCustomers[r], previous));
                }

                var points = _replicatePoints.Select(p => p[^1]).ToArray();
                if (points.Length == 1)
                {
                    _points.Add(points[0]);
                }
                else
                {
                    _points.Add(WeekPoint.Combine(points, values => values.Average()));
                    _bands.Add(new WeekBand(week, WeekPoint.Combine(points, values => Interval.Of(values).Lower), WeekPoint.Combine(points, values => Interval.Of(values).Upper)));
                }
            }
        }
    }
}
