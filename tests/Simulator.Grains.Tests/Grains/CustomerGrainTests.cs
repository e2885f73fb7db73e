using Simulator.Grains.Customers;
using Simulator.Grains.Messages;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Xunit;

namespace Simulator.Grains.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class CustomerGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_customer_grain_keeps_its_state_and_steps_it_with_the_model()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 50, weeks: 8);
        var spec = new RunSpec("customer-grain-test", 0, ScenarioDto.From(scenario), 50);
        var grain = fixture.Client.GetGrain<ICustomerGrain>(7, spec.Key);

        var initial = await grain.InitializeAsync(spec);
        var expected = Population.Create(scenario, 0, 7);
        Assert.Equal(Describe(expected), Describe(initial));

        var schedule = scenario.CreateSchedule();
        var conditions = new BrandConditions[] { new(0.5, 0.3), new(0, 0.2) };
        WordOfMouth[] inbox = [new(3, 7, 0, true), new(12, 7, 1, false)];
        for (var t = 0; t < 3; t++)
        {
            var outcome = await grain.StepAsync(new CustomerOrder(t, [conditions], [t == 1 ? inbox : []], []));
            var recorder = new OutcomeRecorder();
            var ctx = new StepContext(scenario, 0, t, schedule.PoliciesAt(t), conditions);
            CustomerStep.Advance(ref expected, ctx, t == 1 ? inbox : [], recorder);

            Assert.Equal(1, outcome.Weeks);
            Assert.Equal(Describe(expected), Describe(outcome.States[0]));
            Assert.Equal(recorder.Counters, outcome.CountersOf(0).ToArray());
            Assert.Equal(recorder.Touchpoints, outcome.TouchpointsOf(0).ToArray());
            Assert.Equal(recorder.Sent, outcome.SentOf(0).ToArray());
        }

        Assert.Equal(Describe(expected), Describe(await grain.GetStateAsync()));
        await grain.EndAsync();
    }

    [Fact]
    public async Task A_block_of_weeks_comes_back_week_by_week_as_the_model_lives_them()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 50, weeks: 8);
        var spec = new RunSpec("customer-grain-block-test", 0, ScenarioDto.From(scenario), 50);
        var grain = fixture.Client.GetGrain<ICustomerGrain>(11, spec.Key);
        await grain.InitializeAsync(spec);
        var conditions = new BrandConditions[] { new(0, 0.3), new(0.2, 0.25) };
        WordOfMouth[][] inboxes = [[], [new(3, 11, 0, false)], [], [new(2, 11, 1, true)]];

        var outcome = await grain.StepAsync(new CustomerOrder(0, [conditions, conditions, conditions, conditions], inboxes, []));

        var expected = Population.Create(scenario, 0, 11);
        var schedule = scenario.CreateSchedule();
        Assert.Equal(4, outcome.Weeks);
        for (var t = 0; t < 4; t++)
        {
            var recorder = new OutcomeRecorder();
            CustomerStep.Advance(ref expected, new StepContext(scenario, 0, t, schedule.PoliciesAt(t), conditions), inboxes[t], recorder);
            Assert.Equal(Describe(expected), Describe(outcome.States[t]));
            Assert.Equal(recorder.Counters, outcome.CountersOf(t).ToArray());
            Assert.Equal(recorder.Touchpoints, outcome.TouchpointsOf(t).ToArray());
            Assert.Equal(recorder.Sent, outcome.SentOf(t).ToArray());
        }

        await grain.EndAsync();
    }

    [Fact]
    public async Task Stepping_a_customer_that_was_never_initialised_fails_clearly()
    {
        var grain = fixture.Client.GetGrain<ICustomerGrain>(1, "never-initialised/0");
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => grain.StepAsync(new CustomerOrder(0, [[]], [[]], [])));
        Assert.Contains("before it was initialised", ex.Message);
    }

    /// <summary>Every field of the state as text (the inline trust array has no value equality of its own).</summary>
    private static string Describe(CustomerState c) => string.Join('|',
        c.Id, c.Segment, c.Traits, c.Stage, c.LastChurnReason, c.Brand, c.FormerBrand, c.Awareness, c.EverCustomer,
        c.HasNeed, c.NeedWeeksLeft, c.AcquiredWeek, c.Expectation, c.Trust[0], c.Trust[1], c.Trust[2], c.Trust[3],
        c.Satisfaction, c.Joy, c.Anger, c.Grudge[0], c.Grudge[1], c.Grudge[2], c.Grudge[3], c.UnresolvedProblems, c.UnansweredFeedback, c.ServiceContactsOnProblem, c.LikelihoodToRecommend);
}
