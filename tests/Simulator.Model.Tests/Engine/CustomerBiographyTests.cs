using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

public class CustomerBiographyTests
{
    private static readonly Simulator.Model.Scenarios.Scenario Market = TestScenarios.Market(customers: 1500, weeks: 80, burnInWeeks: 10);

    [Fact]
    public void Following_a_customer_does_not_change_the_run()
    {
        var plain = new ReferenceEngine().Run(Market).Replicates[0];
        var tracing = ReplicateStepper.Start(Market, 0);
        var follower = new Follower(42);
        tracing.RunToEnd(follower);
        var traced = tracing.ToResult();
        var weeks = follower.Weeks;

        Assert.True(plain.Initial.SameAs(traced.Initial));
        Assert.All(plain.Ticks.Zip(traced.Ticks), pair => Assert.True(pair.First.SameAs(pair.Second)));
        Assert.Equal(Market.Weeks, weeks.Count);
        Assert.Equal(Enumerable.Range(0, Market.Weeks), weeks.Select(w => w.Week));
    }

    [Fact]
    public void Each_week_starts_where_the_last_one_ended()
    {
        var life = CustomerBiography.Of(Market, 42);
        for (var i = 1; i < life.Weeks.Count; i++)
        {
            Assert.Equal(life.Weeks[i - 1].After.Anger, life.Weeks[i].Before.Anger);
            Assert.Equal(life.Weeks[i - 1].After.Stage, life.Weeks[i].Before.Stage);
        }

        Assert.Equal(life.Weeks[0].Before.Expectation, life.Start.Expectation);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_story_of_a_customer_who_left_says_why()
    {
        var leaver = Enumerable.Range(0, 300)
            .Select(id => CustomerBiography.Of(Market.WithRun(customers: 300), id))
            .First(life => life.Weeks.Any(w => w.Events.Any(e => e.Event is LifeEvent.Switched or LifeEvent.LeftDissatisfied)));

        var story = BiographyNarrator.Narrate(leaver);

        Assert.StartsWith($"Customer {leaver.Start.Id} of scenario 'test'", story[0]);
        Assert.Contains(story, line => line.StartsWith($"Why did customer {leaver.Start.Id} leave", StringComparison.Ordinal));
        Assert.Contains(story, line => line.StartsWith("  When leaving: anger", StringComparison.Ordinal));
        Assert.StartsWith($"After {Market.Weeks} weeks:", story[^1]);
    }

    [Fact]
    public void A_customer_outside_the_population_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CustomerBiography.Of(Market, 1500));
        Assert.Contains("Customer ids run from 0 to 1499.", ex.Message);
    }

    private sealed class Follower(int customer) : WeekObserver
    {
        public List<WeekRecord> Weeks { get; } = [];

        public override int TracedIn(int tick) => tick >= 0 ? customer : -1;

        public override void Traced(WeekRecord week) => Weeks.Add(week);
    }

    [Fact]
    public void The_story_says_when_a_rival_responded_in_the_week_its_change_acts()
    {
        var market = TestScenarios.Market(customers: 300, weeks: 30, schedule: [new Simulator.Model.Brands.PolicyChange(10, 0, Simulator.Model.Brands.Lever.Price, 8)]);
        var scenario = market with
        {
            Brands = [market.Brands[0], market.Brands[1] with { Responses = [new Simulator.Model.Brands.Responses.ResponseRule(Simulator.Model.Brands.Responses.ResponseKind.MatchPriceCut, 4)] }],
        };
        var life = CustomerBiography.Of(scenario, 3);
        var response = Assert.Single(life.Responses);
        var line = Assert.Single(BiographyNarrator.Narrate(life), l => l.Contains("[Rival responds, seen in week 10]", StringComparison.Ordinal));
        Assert.StartsWith("Week 14: ", line, StringComparison.Ordinal);
        Assert.Contains(response.Reason, line, StringComparison.Ordinal);
    }
}
