using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// The stepping protocol every engine follows for one replicate, driven from outside: start (burn-in
/// weeks included), advance a block of weeks, change a policy between blocks (it acts from the next
/// week), read what week 0 started from. The reference engine's <see cref="ReplicateStepper"/> and the
/// Orleans engine's stepped run both implement it, and give the same weeks.
/// </summary>
public interface IReplicateStepper : IAsyncDisposable
{
    /// <summary>The scenario as given (without the interventions).</summary>
    Scenario Scenario { get; }

    /// <summary>The replicate.</summary>
    int Replicate { get; }

    /// <summary>The next week to run; negative during burn-in.</summary>
    int NextTick { get; }

    /// <summary>Whether every week of the scenario has run.</summary>
    bool Finished { get; }

    /// <summary>What week 0 starts from: the last burn-in week, or the new population when there is no burn-in.</summary>
    TickAggregate Initial { get; }

    /// <summary>The policy changes made during the run, in the order they were made.</summary>
    IReadOnlyList<PolicyChange> Interventions { get; }

    /// <summary>The responses the brands have decided so far (their rules, <see cref="Brands.Responses.ResponseRules"/>), in the order decided.</summary>
    IReadOnlyList<Brands.Responses.BrandResponse> Responses { get; }

    /// <summary>Runs the next block of weeks: one week, or as many as the information lag allows between synchronisation points.</summary>
    /// <exception cref="InvalidOperationException">Every week has run.</exception>
    Task<WeekBlock> AdvanceAsync();

    /// <summary>Sets <paramref name="lever"/> of brand <paramref name="brand"/> to <paramref name="value"/> from the next week on (from week 0 during burn-in).</summary>
    Task ChangePolicyAsync(int brand, Lever lever, double value);

    /// <summary>The scenario with the interventions added to its schedule: what a batch run must be given to repeat this run.</summary>
    Scenario AsScheduled();

    /// <summary>
    /// Every customer after the last week run, with the word of mouth sent that week (before the first week:
    /// the new population, of week <c>-BurnInWeeks - 1</c>, and no word of mouth); the same frame on every engine.
    /// </summary>
    Task<PopulationFrame> ObserveAsync();
}
