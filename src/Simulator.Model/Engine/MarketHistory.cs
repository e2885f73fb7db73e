using Simulator.Model.Brands;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// What the market said and did in recent weeks, kept for as many weeks as the information lag:
/// week t's customers hear the word of mouth sent in week t - lag and meet the conditions that
/// week's aggregate implies. Every engine keeps one, so all of them feed customers the same inputs.
/// </summary>
public sealed class MarketHistory
{
    private readonly int _lag;
    private readonly int _population;
    private readonly MarketParameters _market;
    private readonly ModelParameters _model;
    private readonly int _firstTick;
    private readonly TickAggregate _before;
    private readonly BrandPolicy[] _beforePolicies;
    private readonly Dictionary<int, (TickAggregate Aggregate, BrandPolicy[] Policies, List<WordOfMouth> Sent)> _weeks = [];

    /// <summary>Starts the history of a replicate whose first week is <paramref name="firstTick"/>.</summary>
    /// <param name="lag">Information lag in weeks (at least 1).</param>
    /// <param name="population">Population size.</param>
    /// <param name="market">The market's constants (what service capacity costs).</param>
    /// <param name="model">The behavioural constants (how brands learn).</param>
    /// <param name="firstTick">The first week run (the first burn-in week).</param>
    /// <param name="before">What was observed before the first week.</param>
    /// <param name="beforePolicies">The policies in force before the first week.</param>
    public MarketHistory(int lag, int population, MarketParameters market, ModelParameters model, int firstTick, TickAggregate before, BrandPolicy[] beforePolicies)
    {
        _lag = Math.Max(1, lag);
        _population = population;
        _market = market;
        _model = model;
        _firstTick = firstTick;
        _before = before;
        _beforePolicies = beforePolicies;
    }

    /// <summary>The information lag in weeks.</summary>
    public int Lag => _lag;

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

    /// <summary>A copy that goes on independently (the weeks it holds are shared: they are never changed once recorded).</summary>
    public MarketHistory Copy()
    {
        var copy = new MarketHistory(_lag, _population, _market, _model, _firstTick, _before, _beforePolicies);
        foreach (var (tick, week) in _weeks)
        {
            copy._weeks[tick] = week;
        }

        return copy;
    }

    /// <summary>The conditions customers meet in week <paramref name="tick"/>.</summary>
    public BrandConditions[] ConditionsFor(int tick)
    {
        var source = HeardFrom(tick, _lag);
        return source < _firstTick
            ? MarketState.Next(_before, _beforePolicies, _market, _population)
            : MarketState.Next(_weeks[source].Aggregate, _weeks[source].Policies, _market, _population);
    }

    /// <summary>The word of mouth customers hear in week <paramref name="tick"/> (sent in week tick - lag), in any order.</summary>
    public IReadOnlyList<WordOfMouth> MailFor(int tick) =>
        _weeks.TryGetValue(HeardFrom(tick, _lag), out var week) ? week.Sent : [];

    /// <summary>
    /// Records week <paramref name="tick"/>, which has just run: settles the brand-level state it carries
    /// forward (the gauges of <paramref name="aggregate"/>, from the week before), and forgets weeks no
    /// longer needed. Weeks must be recorded in order.
    /// </summary>
    public void Record(int tick, TickAggregate aggregate, BrandPolicy[] policies, List<WordOfMouth> sent)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var previous = tick - 1 < _firstTick ? _before : _weeks[tick - 1].Aggregate;
        ProcessLearning.Settle(aggregate, previous, policies, _model);
        Recall(tick, aggregate, policies, sent);
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
}
