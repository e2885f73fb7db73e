using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Brands;

/// <summary>Rivals that respond: the three rules, their timing, and what they leave alone.</summary>
public class ResponseRulesTests
{
    [Fact]
    public void A_price_cut_is_matched_from_the_week_the_delay_says_and_only_once()
    {
        var scenario = WithRivalRules(PriceCut(week: 10, price: 8), new ResponseRule(ResponseKind.MatchPriceCut, 4));
        var stepper = Run(scenario);

        var response = Assert.Single(stepper.Responses);
        Assert.Equal(10, response.DecidedWeek);
        Assert.Equal(14, response.EffectiveWeek);
        Assert.Equal([new PolicyChange(14, 1, Lever.Price, 8)], response.Changes);
        Assert.Contains("Focal cut its price from 10 to 8 in week 10", response.Reason);
        var schedule = scenario.CreateSchedule(stepper.Responses.SelectMany(r => r.Changes));
        Assert.Equal(10, schedule.PoliciesAt(13)[1].Price);
        Assert.Equal(8, schedule.PoliciesAt(14)[1].Price);
    }

    [Fact]
    public void A_price_cut_is_matched_down_to_the_floor_and_a_brand_cheaper_from_the_start_is_not_a_cut()
    {
        var floored = Run(WithRivalRules(PriceCut(week: 5, price: 6), new ResponseRule(ResponseKind.MatchPriceCut, 2) { Floor = 9 }));
        Assert.Equal(9, Assert.Single(Assert.Single(floored.Responses).Changes).Value);

        // The focal brand is cheaper from week 0 (the starting policy): nothing was cut, nothing is matched.
        var cheap = TestScenarios.Market(customers: 300, weeks: 30, focal: p => p.With(Lever.Price, 7));
        Assert.Empty(Run(WithRivalRules(cheap, new ResponseRule(ResponseKind.MatchPriceCut, 2))).Responses);
    }

    [Fact]
    public void A_decision_never_acts_before_the_information_lag()
    {
        var scenario = WithRivalRules(PriceCut(week: 6, price: 8), new ResponseRule(ResponseKind.MatchPriceCut, 1));
        scenario = ScenarioParameters.With(scenario, "market.informationLagWeeks", 3);
        Assert.Equal(9, Assert.Single(Run(scenario).Responses).EffectiveWeek);
        Assert.Equal(9, ResponseRules.EffectiveWeek(6, new ResponseRule(ResponseKind.MatchPriceCut, 1), 3));
        Assert.Equal(26, ResponseRules.EffectiveWeek(6, new ResponseRule(ResponseKind.MatchPriceCut, 20), 3));
    }

    [Fact]
    public void A_copy_follows_the_brand_named_and_waits_for_its_last_decision_to_act()
    {
        var scenario = WithRivalRules(
            TestScenarios.Market(customers: 300, weeks: 40, schedule: [new PolicyChange(3, 0, Lever.ServiceEffort, 0.1), new PolicyChange(8, 0, Lever.ServiceEffort, 0.2)]),
            new ResponseRule(ResponseKind.CopyLeader, 10) { Lever = Lever.ServiceEffort, Of = 0 });
        var responses = Run(scenario).Responses;

        // Seen at week 3, acts at 13; the change at week 8 waits for it, and is copied when it has acted.
        Assert.Equal([(3, 13, 0.1), (13, 23, 0.2)], responses.Select(r => (r.DecidedWeek, r.EffectiveWeek, r.Changes[0].Value)));
        Assert.All(responses, r => Assert.Equal(1, r.Brand));
    }

    [Fact]
    public void The_leader_is_the_brand_with_the_most_customers_and_a_leader_never_copies_itself()
    {
        var rule = new ResponseRule(ResponseKind.CopyLeader, 4) { Lever = Lever.ServiceEffort };
        var scenario = WithRivalRules(TestScenarios.Market(customers: 100, weeks: 10), rule);
        var policies = new[] { BrandPolicy.Default.With(Lever.ServiceEffort, 0.1), BrandPolicy.Default };
        var decided = ResponseRules.Decide(scenario, 5, 1, Week(focal: 40, rival: 30), Week(40, 30), policies, policies, []);
        var copy = Assert.Single(decided);
        Assert.Equal(new PolicyChange(9, 1, Lever.ServiceEffort, 0.1), copy.Changes[0]);
        Assert.Contains("Focal leads with 40 customers in week 5", copy.Reason);

        Assert.Empty(ResponseRules.Decide(scenario, 5, 1, Week(focal: 30, rival: 40), Week(30, 40), policies, policies, []));
    }

    [Fact]
    public void A_share_that_falls_over_a_review_raises_advertising_and_keeps_service_spend()
    {
        var rule = new ResponseRule(ResponseKind.DefendShare, 4) { ReviewWeeks = 13, ShareDrop = 0.05, Raise = 0.25 };
        var scenario = WithRivalRules(TestScenarios.Market(customers: 100, weeks: 30), rule);
        var policy = BrandPolicy.Default.With(Lever.RelationshipBudget, 100).With(Lever.AcquisitionFocus, 0.4);
        BrandPolicy[] policies = [BrandPolicy.Default, policy];
        var previous = Week(30, 40);
        previous.SetGauge(1, BrandGauge.DefendedShare, 0.40);

        // Week 11 is not a review week: nothing is decided, the defended share is carried.
        var notYet = Week(30, 30);
        Assert.Empty(ResponseRules.Decide(scenario, 11, 1, notYet, previous, policies, policies, []));
        Assert.Equal(0.40, notYet.GetGauge(1, BrandGauge.DefendedShare), 6);

        // Week 12 ends the first quarter: 30% against 40% is a fall of a quarter.
        var fallen = Week(30, 30);
        var response = Assert.Single(ResponseRules.Decide(scenario, 12, 1, fallen, previous, policies, policies, []));
        Assert.Equal(16, response.EffectiveWeek);
        var budget = response.Changes.Single(c => c.Lever == Lever.RelationshipBudget).Value;
        var focus = response.Changes.Single(c => c.Lever == Lever.AcquisitionFocus).Value;
        Assert.Equal(100 * 0.4 * 1.25, budget * focus, 9);
        Assert.Equal(100 * 0.6, budget * (1 - focus), 9);
        Assert.Equal(0.30, fallen.GetGauge(1, BrandGauge.DefendedShare), 6);

        // A fall of less than 5% is not defended.
        Assert.Empty(ResponseRules.Decide(scenario, 12, 1, Week(30, 39), previous, policies, policies, []));
    }

    [Fact]
    public void Brands_keep_their_policy_during_the_burn_in_and_rules_change_nothing_without_cause()
    {
        var rules = new[]
        {
            new ResponseRule(ResponseKind.MatchPriceCut, 2),
            new ResponseRule(ResponseKind.CopyLeader, 2) { Lever = Lever.Price },
        };
        var scenario = TestScenarios.Market(customers: 500, weeks: 20, burnInWeeks: 20, schedule: [new PolicyChange(0, 0, Lever.Price, 9)]);
        scenario = scenario with { Brands = [scenario.Brands[0], scenario.Brands[1] with { Responses = rules }] };
        var plain = Runs.Reference(TestScenarios.Market(customers: 500, weeks: 20, burnInWeeks: 20, schedule: [new PolicyChange(0, 0, Lever.Price, 9)]));
        var responding = Runs.Reference(scenario);

        // The cut happens at week 0: nothing moves in the burn-in, so week 0 is the same.
        Assert.True(plain.Replicates[0].Initial.SameAs(responding.Replicates[0].Initial));
        Assert.True(plain.Replicates[0].Ticks[0].SameAs(responding.Replicates[0].Ticks[0]));
        Assert.All(responding.Replicates[0].Responses, r => Assert.True(r.DecidedWeek >= 0));
        Assert.Contains(responding.Replicates[0].Responses, r => r.Kind == ResponseKind.MatchPriceCut && r.DecidedWeek == 0);
    }

    [Fact]
    public void Responses_are_part_of_the_result_and_of_its_determinism()
    {
        var scenario = WithRivalRules(PriceCut(week: 4, price: 8), new ResponseRule(ResponseKind.MatchPriceCut, 3));
        var first = Runs.Reference(scenario);
        var second = Runs.Reference(scenario);
        Assert.Single(first.Replicates[0].Responses);
        Assert.True(first.SameNumbersAs(second));
        Assert.False(first.SameNumbersAs(Runs.Reference(PriceCut(week: 4, price: 8))));

        // A snapshot carries the decisions still waiting to act.
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.Advance(6);
        var resumed = ReplicateStepper.Restore(stepper.TakeSnapshot());
        stepper.RunToEnd();
        resumed.RunToEnd();
        Assert.True(new SimulationResult(scenario, [stepper.ToResult()], true).SameNumbersAs(new SimulationResult(scenario, [resumed.ToResult()], true)));
    }

    private static Scenario PriceCut(int week, double price) =>
        TestScenarios.Market(customers: 300, weeks: 30, schedule: [new PolicyChange(week, 0, Lever.Price, price)]);

    private static Scenario WithRivalRules(Scenario scenario, params ResponseRule[] rules) =>
        scenario with { Brands = [scenario.Brands[0], scenario.Brands[1] with { Responses = rules }] };

    private static ReplicateStepper Run(Scenario scenario)
    {
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.RunToEnd();
        return stepper;
    }

    private static TickAggregate Week(long focal, long rival)
    {
        var week = new TickAggregate(2, 1, 30);
        week.Cells[Index(week, 0)] = focal;
        week.Cells[Index(week, 1)] = rival;
        return week;
    }

    // The Active measure's cell of a brand in a one-segment aggregate.
    private static int Index(TickAggregate week, int brand) => brand * (week.Cells.Length / week.Brands) + (int)Measure.Active;
}
