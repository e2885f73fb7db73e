using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// What the market said and did in recent weeks, kept for as many weeks as the information lag:
/// week t's customers hear the word of mouth sent in week t - lag and meet the conditions that
/// week's aggregate implies. It also settles what brands carry from week to week (their gauges: process
/// knowledge, the share they defend) and the responses they decide. Every engine keeps one, so all of
/// them feed customers the same inputs and make the same policy changes.
/// </summary>
public sealed class MarketHistory
{
    private readonly Scenario _scenario;
    private readonly int _lag;
    private readonly int _firstTick;
    private readonly TickAggregate _before;
    private readonly BrandPolicy[] _beforePolicies;
    private readonly Dictionary<int, (TickAggregate Aggregate, BrandPolicy[] Policies, List<WordOfMouth> Sent)> _weeks = [];
    private readonly List<BrandResponse> _responses = [];

    /// <summary>Starts the history of a replicate of <paramref name="scenario"/> whose first week is <paramref name="firstTick"/>.</summary>
    /// <param name="scenario">The scenario (its lag, population, constants and the brands' response rules).</param>
    /// <param name="firstTick">The first week run (the first burn-in week).</param>
    /// <param name="before">What was observed before the first week; its gauges are settled here.</param>
    /// <param name="beforePolicies">The policies in force before the first week.</param>
    public MarketHistory(Scenario scenario, int firstTick, TickAggregate before, BrandPolicy[] beforePolicies)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(before);
        _scenario = scenario;
        _lag = LagOf(scenario);
        _firstTick = firstTick;
        _before = before;
        _beforePolicies = beforePolicies;
        ResponseRules.Decide(scenario, int.MinValue, _lag, before, before, beforePolicies, beforePolicies, []);
    }

    /// <summary>The information lag in weeks.</summary>
    public int Lag => _lag;

    /// <summary>Every response the brands have decided so far, in the order decided.</summary>
    public IReadOnlyList<BrandResponse> Responses => _responses;

    /// <summary>The policy changes of <see cref="Responses"/>, in order: what an engine adds to the schedule before its interventions.</summary>
    public IEnumerable<PolicyChange> ResponseChanges => _responses.SelectMany(r => r.Changes);

    /// <summary>
    /// The information lag of <paramref name="scenario"/> in weeks: its market's setting, at least 1 (a
    /// week is a barrier: nothing said or done in week t reaches anyone before week t + 1). The one place
    /// that rule is written; every engine asks here.
    /// </summary>
    public static int LagOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Math.Max(1, scenario.Market.InformationLagWeeks);
    }

    /// <summary>The week whose word of mouth and market customers hear and meet in week <paramref name="tick"/> at an information lag of <paramref name="lag"/> weeks.</summary>
    public static int HeardFrom(int tick, int lag) => tick - Math.Max(1, lag);

    /// <summary>
    /// A copy that goes on independently (the weeks it holds are shared: they are never changed once recorded),
    /// for <paramref name="scenario"/> when given: a scenario that lived the same burn-in and decides its own responses from week 0.
    /// </summary>
    public MarketHistory Copy(Scenario? scenario = null)
    {
        var copy = new MarketHistory(scenario ?? _scenario, _firstTick, _before, _beforePolicies);
        foreach (var (tick, week) in _weeks)
        {
            copy._weeks[tick] = week;
        }

        copy._responses.AddRange(_responses);
        return copy;
    }

    /// <summary>The conditions customers meet in week <paramref name="tick"/>.</summary>
    public BrandConditions[] ConditionsFor(int tick)
    {
        var source = HeardFrom(tick, _lag);
        return source < _firstTick
            ? MarketState.Next(_before, _beforePolicies, _scenario.Market, _scenario.Customers)
            : MarketState.Next(_weeks[source].Aggregate, _weeks[source].Policies, _scenario.Market, _scenario.Customers);
    }

    /// <summary>The word of mouth customers hear in week <paramref name="tick"/> (sent in week tick - lag), in any order.</summary>
    public IReadOnlyList<WordOfMouth> MailFor(int tick) =>
        _weeks.TryGetValue(HeardFrom(tick, _lag), out var week) ? week.Sent : [];

    /// <summary>The word of mouth sent in week <paramref name="tick"/>, a week still held (the last <see cref="Lag"/> recorded), else none.</summary>
    public IReadOnlyList<WordOfMouth> SentIn(int tick) =>
        _weeks.TryGetValue(tick, out var week) ? week.Sent : [];

    /// <summary>
    /// Records week <paramref name="tick"/>, which has just run: bills the brands' relationship budgets to its
    /// aggregate (<see cref="RelationshipBudget.Bill"/>), settles the brand-level state it carries
    /// forward (the gauges of <paramref name="aggregate"/>, from the week before), lets every brand decide
    /// its responses to it, and forgets weeks no longer needed. Weeks must be recorded in order.
    /// </summary>
    /// <returns>The responses decided after this week (their changes act from a later week).</returns>
    public IReadOnlyList<BrandResponse> Record(int tick, TickAggregate aggregate, BrandPolicy[] policies, List<WordOfMouth> sent)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        RelationshipBudget.Bill(aggregate, policies, _scenario.Market);
        var (previous, previousPolicies) = tick - 1 < _firstTick ? (_before, _beforePolicies) : (_weeks[tick - 1].Aggregate, _weeks[tick - 1].Policies);
        ProcessLearning.Settle(aggregate, previous, policies, _scenario.Model);
        var decided = ResponseRules.Decide(_scenario, tick, _lag, aggregate, previous, policies, previousPolicies, _responses);
        _responses.AddRange(decided);
        Recall(tick, aggregate, policies, sent);
        return decided;
    }

    /// <summary>
    /// Puts back week <paramref name="tick"/> as it was recorded before (its gauges already settled), when
    /// a replicate resumes from a checkpoint.
    /// </summary>
    public void Recall(int tick, TickAggregate aggregate, BrandPolicy[] policies, List<WordOfMouth> sent)
    {
        _weeks[tick] = (aggregate, policies, sent);
        _weeks.Remove(tick - _lag);
    }

    /// <summary>Puts back the responses decided before a checkpoint, when a replicate resumes from it.</summary>
    public void Recall(IEnumerable<BrandResponse> responses) => _responses.AddRange(responses);
}
