using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The one week loop of the model: one replicate, the whole population in one array of structs,
/// stepped week by week with the same Step rules as every engine. Start it, advance blocks of weeks,
/// change policies between blocks, observe the customers, take a snapshot and restore it. The
/// reference engine, explanations, the leavers' list and the benchmarks all run on it.
/// </summary>
public sealed class ReplicateStepper : IReplicateStepper
{
    private readonly CustomerState[] _customers;
    private readonly MarketHistory _history;
    private readonly List<TickAggregate> _weeks;
    private PolicyChange[] _interventions;
    private PolicySchedule _schedule;

    private ReplicateStepper(Scenario scenario, int replicate, int nextTick, CustomerState[] customers, MarketHistory history, TickAggregate initial, List<TickAggregate> weeks, PolicyChange[] interventions)
    {
        Scenario = scenario;
        Replicate = replicate;
        NextTick = nextTick;
        _customers = customers;
        _history = history;
        Initial = initial;
        _weeks = weeks;
        _interventions = interventions;
        _schedule = Reschedule();
    }

    /// <inheritdoc />
    public Scenario Scenario { get; }

    /// <inheritdoc />
    public int Replicate { get; }

    /// <inheritdoc />
    public int NextTick { get; private set; }

    /// <inheritdoc />
    public bool Finished => NextTick >= Scenario.Weeks;

    /// <inheritdoc />
    public TickAggregate Initial { get; private set; }

    /// <summary>The reported weeks run so far (week 0 on).</summary>
    public IReadOnlyList<TickAggregate> Weeks => _weeks;

    /// <summary>Every customer now (to read: a copy is in <see cref="TakeSnapshot"/>).</summary>
    public ReadOnlySpan<CustomerState> Customers => _customers;

    /// <inheritdoc />
    public IReadOnlyList<PolicyChange> Interventions => _interventions;

    /// <inheritdoc />
    public IReadOnlyList<BrandResponse> Responses => _history.Responses;

    /// <summary>Creates the population of replicate <paramref name="replicate"/>, before its first burn-in week.</summary>
    public static ReplicateStepper Start(Scenario scenario, int replicate)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var customers = new CustomerState[scenario.Customers];
        for (var i = 0; i < customers.Length; i++)
        {
            customers[i] = Population.Create(scenario, replicate, i);
        }

        var initial = NewAggregate(scenario);
        CustomerBatch.Observe(customers, initial);
        var firstTick = -scenario.BurnInWeeks;
        var history = new MarketHistory(scenario, firstTick, initial, scenario.CreateSchedule().PoliciesAt(firstTick));
        return new ReplicateStepper(scenario, replicate, firstTick, customers, history, initial, new List<TickAggregate>(scenario.Weeks), []);
    }

    /// <summary>A stepper that goes on from <paramref name="snapshot"/> exactly as the one that took it.</summary>
    public static ReplicateStepper Restore(ReplicateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ReplicateStepper(snapshot.Scenario, snapshot.Replicate, snapshot.NextTick, [.. snapshot.Customers], snapshot.History.Copy(),
            snapshot.Initial, [.. snapshot.Weeks], [.. snapshot.Interventions]);
    }

    /// <summary>
    /// A stepper of <paramref name="scenario"/> that goes on from <paramref name="burnIn"/>, the end of the
    /// burn-in of a scenario that shares it (<see cref="BurnIn.Shared"/>): the same weeks, to the byte, as
    /// <c>Start(scenario, replicate)</c> run from the first burn-in week, without running the burn-in again.
    /// </summary>
    /// <exception cref="ArgumentException">The snapshot is not at week 0 with no intervention, or its burn-in is not the scenario's.</exception>
    public static ReplicateStepper Fork(ReplicateSnapshot burnIn, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(burnIn);
        ArgumentNullException.ThrowIfNull(scenario);
        if (burnIn.NextTick != 0 || burnIn.Weeks.Count > 0 || burnIn.Interventions.Count > 0)
        {
            throw new ArgumentException($"A fork starts from the end of a burn-in (week 0, nothing changed); this snapshot is at week {burnIn.NextTick} with {burnIn.Interventions.Count} intervention(s).", nameof(burnIn));
        }

        if (!BurnIn.Shared(burnIn.Scenario, scenario))
        {
            throw new ArgumentException($"Scenario {scenario.Name} does not live the burn-in of {burnIn.Scenario.Name}: a setting read before week 0 differs.", nameof(scenario));
        }

        // The history goes on with the arm's scenario: its response rules act from week 0, after the shared weeks.
        return Restore(burnIn with { Scenario = scenario, History = burnIn.History.Copy(scenario) });
    }

    /// <summary>The replicate as it stands, to go on from later (or elsewhere).</summary>
    public ReplicateSnapshot TakeSnapshot() =>
        new(Scenario, Replicate, NextTick, [.. _customers], _history.Copy(), Initial, [.. _weeks], [.. _interventions]);

    /// <summary>
    /// Runs the next <paramref name="weeks"/> weeks (fewer at the end of the run), telling
    /// <paramref name="observer"/> of each. The reference engine holds every customer, so any block
    /// length gives the same weeks.
    /// </summary>
    /// <exception cref="InvalidOperationException">Every week has run.</exception>
    public WeekBlock Advance(int weeks = 1, WeekObserver? observer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        if (Finished)
        {
            throw new InvalidOperationException($"The replicate has already run all {Scenario.Weeks} weeks.");
        }

        var firstTick = NextTick;
        var run = new TickAggregate[Math.Min(weeks, Scenario.Weeks - firstTick)];
        for (var i = 0; i < run.Length; i++)
        {
            run[i] = Week(observer);
        }

        return new WeekBlock(firstTick, run);
    }

    /// <summary>Runs every week left, or until <paramref name="cancellationToken"/> is cancelled between two weeks.</summary>
    public void RunToEnd(WeekObserver? observer = null, Action<int>? weekDone = null, CancellationToken cancellationToken = default)
    {
        while (!Finished && !cancellationToken.IsCancellationRequested)
        {
            var tick = NextTick;
            Advance(1, observer);
            weekDone?.Invoke(tick);
        }
    }

    /// <inheritdoc />
    /// <remarks>One week: the reference engine needs no synchronisation points.</remarks>
    public Task<WeekBlock> AdvanceAsync() => Task.FromResult(Advance());

    /// <summary>Adds <paramref name="changes"/> to the schedule; each acts from its week, which must not have run.</summary>
    /// <exception cref="ArgumentException">A change is for a week that has already run.</exception>
    public void Intervene(IReadOnlyList<PolicyChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var late = changes.FirstOrDefault(c => c.Week < NextTick);
        if (late is not null)
        {
            throw new ArgumentException($"A change for week {late.Week} comes too late: week {NextTick - 1} has already run.", nameof(changes));
        }

        _interventions = [.. _interventions, .. changes];
        _schedule = Reschedule();
    }

    /// <inheritdoc />
    public Task ChangePolicyAsync(int brand, Lever lever, double value)
    {
        Intervene([new PolicyChange(Math.Max(NextTick, 0), brand, lever, value)]);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Scenario AsScheduled() => Scenario with { Schedule = [.. Scenario.Schedule, .. _interventions] };

    /// <inheritdoc />
    public Task<PopulationFrame> ObserveAsync() => Task.FromResult(Observe());

    /// <summary>Every customer after the last week run, with the word of mouth sent that week (before the first week: the new population, no word of mouth).</summary>
    public PopulationFrame Observe() => PopulationFrame.Of(Scenario, NextTick - 1, _customers, _history.SentIn(NextTick - 1));

    /// <summary>The replicate's result so far.</summary>
    public ReplicateResult ToResult() => new(Replicate, Initial, [.. _weeks]) { Responses = [.. _history.Responses] };

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // One week of every customer: the barrier of the bulk-synchronous model.
    private TickAggregate Week(WeekObserver? observer)
    {
        var t = NextTick;
        var policies = _schedule.PoliciesAt(t);
        var context = new StepContext(Scenario, Replicate, t, policies, _history.ConditionsFor(t));
        var aggregate = NewAggregate(Scenario);
        var outbox = new List<WordOfMouth>();
        var inbox = new Inbox(0, _customers.Length, _history.MailFor(t));
        CustomerBatch.Step(_customers, context, inbox, new AggregateRecorder(aggregate, outbox), observer?.TracedIn(t) ?? -1, observer is null ? null : observer.Traced);
        if (_history.Record(t, aggregate, policies, outbox).Count > 0)
        {
            _schedule = Reschedule();
        }

        observer?.Observed(t, _customers);
        NextTick = t + 1;
        if (t < 0)
        {
            // Burn-in: the last week before week 0 is what the run starts from.
            Initial = aggregate;
        }
        else
        {
            _weeks.Add(aggregate);
        }

        return aggregate;
    }

    // The scenario's schedule, then the brands' responses, then the interventions: in one week, an intervention wins.
    private PolicySchedule Reschedule() => Scenario.CreateSchedule([.. _history.ResponseChanges, .. _interventions]);

    private static TickAggregate NewAggregate(Scenario scenario) => new(scenario.Brands.Count, scenario.Segments.Count, scenario.Weeks);
}
