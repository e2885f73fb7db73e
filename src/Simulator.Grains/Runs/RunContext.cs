using System.Collections.Concurrent;
using Simulator.Grains.Messages;
using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Scenarios;

namespace Simulator.Grains.Runs;

/// <summary>
/// One replicate's scenario as known on one silo, parsed once and shared by every grain of the
/// replicate that lives there, with the step context of each week built once.
/// </summary>
public sealed class RunContext
{
    private readonly ConcurrentDictionary<ContextKey, Lazy<StepContext>> _contexts = new();
    private readonly Lock _forgetting = new();
    private (int Generation, int FirstTick) _block = (0, int.MinValue);
    private readonly PolicySchedule _schedule;

    /// <summary>Creates the context of <paramref name="spec"/>.</summary>
    public RunContext(RunSpec spec)
    {
        Spec = spec;
        Scenario = spec.Scenario.ToScenario();
        _schedule = Scenario.CreateSchedule();
    }

    /// <summary>The run specification.</summary>
    public RunSpec Spec { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>
    /// The step context of week <paramref name="tick"/> in round <paramref name="round"/> of the block that
    /// starts at <paramref name="firstTick"/>, built from the conditions and changes the first caller brings:
    /// every caller of one round of one block of one begin or resume (<paramref name="generation"/>) brings the
    /// same, and a later round may bring others.
    /// </summary>
    public StepContext ContextFor(int generation, int firstTick, int round, int tick, BrandConditions[] conditions, PolicyChangeDto[] interventions)
    {
        if (_block != (generation, firstTick))
        {
            Forget(generation, firstTick);
        }

        return _contexts.GetOrAdd(
            new ContextKey(generation, firstTick, round, tick),
            key => new Lazy<StepContext>(() => new StepContext(Scenario, Spec.Replicate, key.Tick, ScheduleWith(interventions).PoliciesAt(key.Tick), conditions))).Value;
    }

    // Every customer of a replicate is in the same block (the simulation waits for all of them between
    // blocks): the contexts of other blocks are no longer needed.
    private void Forget(int generation, int firstTick)
    {
        lock (_forgetting)
        {
            if (_block == (generation, firstTick))
            {
                return;
            }

            _block = (generation, firstTick);
            foreach (var key in _contexts.Keys)
            {
                if (key.Generation != generation || key.FirstTick != firstTick)
                {
                    _contexts.TryRemove(key, out _);
                }
            }
        }
    }

    // Built once per week and silo (inside the week's lazy context), so rebuilding is cheap enough.
    private PolicySchedule ScheduleWith(PolicyChangeDto[] interventions) =>
        interventions.Length == 0 ? _schedule : Scenario.CreateSchedule(interventions.Select(c => c.ToModel()));
}
