using System.Globalization;
using System.Text.Json;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Brands.Responses;

/// <summary>
/// Rivals that respond (docs/model.md, section 4.2): each brand's declared response rules, evaluated at
/// the barrier after every reported week on what that week showed (prices in force, customer shares),
/// never on anything later. A decision acts <see cref="ResponseRule.DelayWeeks"/> later, and never before
/// the information lag, so every engine, whatever its block of weeks, applies it in the same week. A rule
/// decides nothing while its previous decision waits to act. Brands keep their starting policy during the
/// burn-in: rules watch week 0 on.
/// </summary>
public static class ResponseRules
{
    /// <summary><see cref="ResponseRule.Of"/> for the brand with the most customers.</summary>
    public const int Leader = -1;

    /// <summary>The JSON name of the leader as the brand copied.</summary>
    public const string LeaderName = "leader";

    /// <summary>Default weeks between two looks at the share.</summary>
    public const int DefaultReviewWeeks = 13;

    /// <summary>Default relative fall of the share that triggers a defence.</summary>
    public const double DefaultShareDrop = 0.05;

    /// <summary>Default relative raise of the advertising spend.</summary>
    public const double DefaultRaise = 0.25;

    /// <summary>The JSON names of <see cref="ResponseKind"/>, in enum order.</summary>
    public static IReadOnlyList<string> KindNames { get; } =
        [.. Enum.GetValues<ResponseKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()))];

    /// <summary>The JSON name of a rule kind.</summary>
    public static string NameOf(ResponseKind kind) => KindNames[(int)kind];

    /// <summary>The week a decision taken after week <paramref name="tick"/> acts: the delay, but never less than the information lag.</summary>
    public static int EffectiveWeek(int tick, ResponseRule rule, int lag) => tick + Math.Max(rule.DelayWeeks, Math.Max(1, lag));

    /// <summary>
    /// Settles the share each brand defends in <paramref name="week"/>'s aggregate and returns the responses
    /// every brand decides from it (none during the burn-in), in brand then rule order.
    /// </summary>
    /// <param name="scenario">The scenario (the brands' rules, the population).</param>
    /// <param name="tick">The week that has just run.</param>
    /// <param name="lag">The information lag.</param>
    /// <param name="week">That week's aggregate.</param>
    /// <param name="previous">The week before's aggregate (or what was observed before the first week).</param>
    /// <param name="policies">The policies in force in <paramref name="tick"/>.</param>
    /// <param name="previousPolicies">The policies in force the week before.</param>
    /// <param name="decided">Every response decided so far.</param>
    public static List<BrandResponse> Decide(Scenario scenario, int tick, int lag, TickAggregate week, TickAggregate previous,
        IReadOnlyList<BrandPolicy> policies, IReadOnlyList<BrandPolicy> previousPolicies, IReadOnlyList<BrandResponse> decided)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(previous);
        var responses = new List<BrandResponse>();
        var population = Math.Max(1, scenario.Customers);
        for (var b = 0; b < week.Brands; b++)
        {
            var share = (double)Customers(week, b) / population;
            var defended = previous.GetGauge(b, BrandGauge.DefendedShare);
            week.SetGauge(b, BrandGauge.DefendedShare, tick < 0 ? share : defended);
            if (tick < 0)
            {
                continue;
            }

            var rules = scenario.Brands[b].Responses;
            for (var i = 0; i < rules.Count; i++)
            {
                var rule = rules[i];
                if (decided.Any(r => r.Brand == b && r.Rule == i && r.EffectiveWeek > tick))
                {
                    continue;
                }

                var effective = EffectiveWeek(tick, rule, lag);
                var response = rule.Kind switch
                {
                    ResponseKind.MatchPriceCut => MatchPriceCut(scenario, tick, b, i, rule, effective, policies, previousPolicies),
                    ResponseKind.DefendShare => DefendShare(scenario, tick, b, i, rule, effective, week, share, defended, policies[b]),
                    _ => CopyLeader(scenario, tick, b, i, rule, effective, week, policies),
                };
                if (response is not null)
                {
                    responses.Add(response);
                }
            }
        }

        return responses;
    }

    // A brand whose price fell this week to below ours: match the lowest such price, down to the floor.
    private static BrandResponse? MatchPriceCut(Scenario scenario, int tick, int b, int i, ResponseRule rule, int effective,
        IReadOnlyList<BrandPolicy> policies, IReadOnlyList<BrandPolicy> previousPolicies)
    {
        var own = policies[b].Price;
        var cutter = -1;
        for (var o = 0; o < policies.Count; o++)
        {
            if (o != b && policies[o].Price < previousPolicies[o].Price && policies[o].Price < own && (cutter < 0 || policies[o].Price < policies[cutter].Price))
            {
                cutter = o;
            }
        }

        if (cutter < 0)
        {
            return null;
        }

        var price = Math.Max(rule.Floor, policies[cutter].Price);
        if (price >= own)
        {
            return null;
        }

        var reason = Invariant($"{scenario.Brands[cutter].Name} cut its price from {previousPolicies[cutter].Price:0.##} to {policies[cutter].Price:0.##} in week {tick}; {scenario.Brands[b].Name} matches it at {price:0.##} from week {effective}.");
        return new BrandResponse(tick, b, i, rule.Kind, [new PolicyChange(effective, b, Lever.Price, price)], reason);
    }

    // At each review: a share fallen by more than shareDrop since the last review raises the advertising spend.
    private static BrandResponse? DefendShare(Scenario scenario, int tick, int b, int i, ResponseRule rule, int effective, TickAggregate week, double share, double defended, BrandPolicy policy)
    {
        if ((tick + 1) % rule.ReviewWeeks != 0)
        {
            return null;
        }

        week.SetGauge(b, BrandGauge.DefendedShare, share);
        var focus = policy.AcquisitionFocus;
        if (share >= (1 - rule.ShareDrop) * defended || focus <= 0 || policy.RelationshipBudget <= 0)
        {
            return null;
        }

        // More money for advertising, the same for service: budget B (1 + f r), focus f (1 + r) / (1 + f r).
        var budgetSpec = PolicyLevers.All[(int)Lever.RelationshipBudget];
        var budget = Math.Min(budgetSpec.Max, policy.RelationshipBudget * (1 + focus * rule.Raise));
        var newFocus = Math.Min(1, policy.RelationshipBudget * focus * (1 + rule.Raise) / budget);
        var reason = Invariant($"{scenario.Brands[b].Name}'s customer share fell from {100 * defended:0.0}% to {100 * share:0.0}% by week {tick}; it raises its advertising by {100 * rule.Raise:0.#}% (budget {policy.RelationshipBudget:0.##} to {budget:0.##}, acquisition focus {focus:0.###} to {newFocus:0.###}) from week {effective}.");
        return new BrandResponse(tick, b, i, rule.Kind,
            [new PolicyChange(effective, b, Lever.RelationshipBudget, budget), new PolicyChange(effective, b, Lever.AcquisitionFocus, newFocus)], reason);
    }

    // The leader's (or the named brand's) value of the lever, whenever it differs from ours.
    private static BrandResponse? CopyLeader(Scenario scenario, int tick, int b, int i, ResponseRule rule, int effective, TickAggregate week, IReadOnlyList<BrandPolicy> policies)
    {
        var watched = rule.Of;
        if (watched == Leader)
        {
            watched = 0;
            for (var o = 1; o < week.Brands; o++)
            {
                if (Customers(week, o) > Customers(week, watched))
                {
                    watched = o;
                }
            }
        }

        var value = policies[watched][rule.Lever];
        if (watched == b || value == policies[b][rule.Lever])
        {
            return null;
        }

        var name = PolicyLevers.NameOf(rule.Lever);
        var who = rule.Of == Leader
            ? Invariant($"{scenario.Brands[watched].Name} leads with {Customers(week, watched):N0} customers in week {tick} and has {name} {value:0.###}")
            : Invariant($"{scenario.Brands[watched].Name} has {name} {value:0.###} in week {tick}");
        var reason = Invariant($"{who}; {scenario.Brands[b].Name} copies it (from {policies[b][rule.Lever]:0.###}) from week {effective}.");
        return new BrandResponse(tick, b, i, rule.Kind, [new PolicyChange(effective, b, rule.Lever, value)], reason);
    }

    private static long Customers(TickAggregate week, int brand) => week.Total(brand, Measure.Onboarding) + week.Total(brand, Measure.Active);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
