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
    private readonly ConcurrentDictionary<int, Lazy<StepContext>> _contexts = new();
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
    /// The step context of week <paramref name="tick"/>, built from the conditions and interventions
    /// the first caller brings (every caller of one block brings the same).
    /// </summary>
    public StepContext ContextFor(int tick, BrandConditions[] conditions, PolicyChangeDto[] interventions)
    {
        var context = _contexts.GetOrAdd(
            tick,
            t => new Lazy<StepContext>(() => new StepContext(Scenario, Spec.Replicate, t, ScheduleWith(interventions).PoliciesAt(t), conditions))).Value;

        // Weeks run in blocks of at most the information lag: forget contexts older than two blocks.
        _contexts.TryRemove(tick - 2 * MarketHistory.LagOf(Scenario) - 1, out _);
        return context;
    }

    // Built once per week and silo (inside the week's lazy context), so rebuilding is cheap enough.
    private PolicySchedule ScheduleWith(PolicyChangeDto[] interventions) =>
        interventions.Length == 0 ? _schedule : Scenario.CreateSchedule(interventions.Select(c => c.ToModel()));
}
