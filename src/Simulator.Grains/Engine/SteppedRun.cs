using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Engine;

/// <summary>
/// One replicate driven a block of weeks at a time from outside the cluster, with policy changes
/// allowed between blocks: the Orleans engine's side of the stepping protocol (<see cref="IReplicateStepper"/>,
/// whose reference side is the model's <see cref="ReplicateStepper"/>), what the batch engine and the
/// web explorer both run on.
/// </summary>
public sealed class SteppedRun : IReplicateStepper
{
    /// <summary>The longest an abandoned run waits for its grains to deactivate.</summary>
    public static readonly TimeSpan AbandonTimeout = TimeSpan.FromSeconds(5);

    private readonly ISimulationGrain _simulation;

    // Replaced, never changed in place: readers (the explorer's page) may look while a change is made.
    private PolicyChange[] _interventions = [];
    private BrandResponse[] _responses = [];
    private bool _ended;

    private SteppedRun(ISimulationGrain simulation, Scenario scenario, int replicate, ReplicateStart start, int nextTick)
    {
        _simulation = simulation;
        Scenario = scenario;
        Replicate = replicate;
        Initial = start.Initial;
        ShardSilos = start.ShardSilos;
        NextTick = nextTick;
    }

    /// <summary>The scenario as given (without the interventions).</summary>
    public Scenario Scenario { get; }

    /// <summary>The replicate.</summary>
    public int Replicate { get; }

    /// <summary>The next week to run; negative during burn-in.</summary>
    public int NextTick { get; private set; }

    /// <summary>Whether every week of the scenario has run.</summary>
    public bool Finished => NextTick >= Scenario.Weeks;

    /// <summary>What week 0 starts from: the last burn-in week (or the new population when there is no burn-in), once burn-in is over.</summary>
    public TickAggregate Initial { get; private set; }

    /// <summary>The silo of each shard, in shard order.</summary>
    public IReadOnlyList<string> ShardSilos { get; private set; }

    /// <summary>The policy changes made during the run, in the order they were made.</summary>
    public IReadOnlyList<PolicyChange> Interventions => _interventions;

    /// <inheritdoc />
    public IReadOnlyList<BrandResponse> Responses => _responses;

    /// <summary>Creates the replicate's shards and customers under a new run id.</summary>
    public static async Task<SteppedRun> BeginAsync(IGrainFactory grains, Scenario scenario, int replicate = 0) =>
        await BeginAsync(grains.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N")), ScenarioDto.From(scenario), scenario, replicate);

    /// <summary>Creates a replicate on an existing simulation grain (one run id for every replicate of a run).</summary>
    internal static async Task<SteppedRun> BeginAsync(ISimulationGrain simulation, ScenarioDto transfer, Scenario scenario, int replicate)
    {
        var start = await simulation.BeginReplicateAsync(transfer, replicate);
        return new SteppedRun(simulation, scenario, replicate, start, -scenario.BurnInWeeks);
    }

    /// <summary>
    /// Creates a replicate standing at week 0 on an existing simulation grain, from the burn-in another run of a
    /// scenario with the same burn-in kept under <paramref name="burnInKey"/> (<see cref="KeepBurnInAsync"/>).
    /// </summary>
    internal static async Task<SteppedRun> ForkAsync(ISimulationGrain simulation, string burnInKey, ScenarioDto transfer, Scenario scenario, int replicate)
    {
        var start = await simulation.ForkReplicateAsync(burnInKey, transfer, replicate);
        return new SteppedRun(simulation, scenario, replicate, start, 0);
    }

    /// <summary>Keeps the replicate as it stands at week 0 under <paramref name="burnInKey"/>, for other runs to fork from.</summary>
    internal Task KeepBurnInAsync(string burnInKey) => _simulation.KeepBurnInAsync(burnInKey);

    /// <inheritdoc />
    public async Task<WeekBlock> AdvanceAsync()
    {
        if (Finished)
        {
            throw new InvalidOperationException($"The replicate has already run all {Scenario.Weeks} weeks.");
        }

        var block = await _simulation.AdvanceAsync();
        NextTick = block.FirstTick + block.Weeks.Length;
        if (block.Responses.Length > 0)
        {
            _responses = [.. _responses, .. block.Responses.Select(r => r.ToModel())];
        }

        for (var i = 0; i < block.Weeks.Length && block.FirstTick + i < 0; i++)
        {
            Initial = block.Weeks[i];
        }

        return new WeekBlock(block.FirstTick, block.Weeks);
    }

    /// <summary>
    /// Rebuilds the replicate from its last checkpoint and goes back to that week: the weeks from
    /// there on are run again and come out the same. Returns the week it resumes from.
    /// </summary>
    public async Task<int> ResumeAsync()
    {
        var resumed = await _simulation.ResumeReplicateAsync(Replicate);
        _ended = false;
        NextTick = resumed.Tick;
        ShardSilos = resumed.ShardSilos;

        // Responses decided from the checkpoint's week on are decided again, identically, as the weeks run again.
        _responses = [.. _responses.Where(r => r.DecidedWeek < resumed.Tick)];

        // The checkpoint holds the changes made before it; those made since apply from its week on.
        var since = _interventions.Where(c => c.Week >= resumed.Tick).Select(PolicyChangeDto.From).ToArray();
        if (since.Length > 0)
        {
            await _simulation.InterveneAsync(since);
        }

        return resumed.Tick;
    }

    /// <summary>Sets <paramref name="lever"/> of brand <paramref name="brand"/> to <paramref name="value"/> from the next week on.</summary>
    public async Task ChangePolicyAsync(int brand, Lever lever, double value)
    {
        var change = new PolicyChange(Math.Max(NextTick, 0), brand, lever, value);
        await _simulation.InterveneAsync([PolicyChangeDto.From(change)]);
        _interventions = [.. _interventions, change];
    }

    /// <summary>The scenario with the interventions added to its schedule: what a batch run must be given to repeat this run.</summary>
    public Scenario AsScheduled() => Scenario with { Schedule = [.. Scenario.Schedule, .. _interventions] };

    /// <inheritdoc />
    public async Task<PopulationFrame> ObserveAsync()
    {
        var slices = await _simulation.ObserveAsync();
        return PopulationFrame.Join(NextTick - 1, Scenario.Customers, [.. slices.Select(s => (s.First, s.Cells))], slices.SelectMany(s => s.Sent));
    }

    /// <summary>Deactivates the replicate's grains.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_ended)
        {
            _ended = true;
            await _simulation.EndReplicateAsync();
        }
    }

    /// <summary>
    /// Ends a run whose cluster lost a silo: asks the replicate's grains to deactivate, but waits at
    /// most <see cref="AbandonTimeout"/> and ignores failures (the simulation grain may be gone).
    /// </summary>
    public async Task AbandonAsync()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        try
        {
            await _simulation.EndReplicateAsync().WaitAsync(AbandonTimeout);
        }
        catch (Exception)
        {
            // Grains left behind on the surviving silos are collected after CollectionAge.
        }
    }
}
