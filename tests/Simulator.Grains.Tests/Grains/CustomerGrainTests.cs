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
            var outcome = (await grain.StepAsync(new CustomerOrder(t, [conditions], [t == 1 ? inbox : []], []))).Now;
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

        var outcome = (await grain.StepAsync(new CustomerOrder(0, [conditions, conditions, conditions, conditions], inboxes, []))).Now;

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
    public async Task A_customer_run_again_from_a_week_gives_back_what_those_weeks_produced_before_and_what_they_produce_now()
    {
        var scenario = Support.Scenarios.Load("acquisition-focus").WithRun(customers: 50, weeks: 8);
        var spec = new RunSpec("customer-grain-replay-test", 0, ScenarioDto.From(scenario), 50);
        var grain = fixture.Client.GetGrain<ICustomerGrain>(13, spec.Key);
        await grain.InitializeAsync(spec, generation: 5);
        BrandConditions[] calm = [new(0, 0.3), new(0, 0.25)];
        BrandConditions[] overloaded = [new(2.5, 0.3, 0.4), new(1, 0.25)];
        BrandConditions[][] first = [calm, calm, calm, calm, calm];
        WordOfMouth[][] inboxes = [[], [], [], [], []];
        var once = (await grain.StepAsync(new CustomerOrder(0, first, inboxes, [], Generation: 5))).Now;
        Assert.Equal(5, once.Weeks);

        // Round 1: from week 2 the customer is overloaded and hears a complaint.
        BrandConditions[][] second = [calm, calm, overloaded, overloaded, overloaded];
        WordOfMouth[][] heard = [[], [], [new(3, 13, 0, false)], [], []];
        var again = await grain.StepAsync(new CustomerOrder(0, second, heard, [], FromWeek: 2, Round: 1, Generation: 5,
            Before: new CustomerReplay([0, 0, 0], [first, second], [[], []], [[], [], []])));

        var before = Assert.IsType<CustomerOutcome>(again.Before);
        Assert.Equal(3, before.Weeks);
        Assert.Equal(3, again.Now.Weeks);
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(Describe(once.States[2 + j]), Describe(before.States[j]));
            Assert.Equal(once.CountersOf(2 + j).ToArray(), before.CountersOf(j).ToArray());
            Assert.Equal(once.Reads[2 + j], before.Reads[j]);
        }

        var expected = once.States[1];
        var schedule = scenario.CreateSchedule();
        for (var t = 2; t < 5; t++)
        {
            var recorder = new OutcomeRecorder();
            CustomerStep.Advance(ref expected, new StepContext(scenario, 0, t, schedule.PoliciesAt(t), second[t]), heard[t], recorder);
            Assert.Equal(Describe(expected), Describe(again.Now.States[t - 2]));
            Assert.Equal(recorder.Counters, again.Now.CountersOf(t - 2).ToArray());
        }

        Assert.Equal(Describe(expected), Describe(await grain.GetStateAsync()));

        // An order of another begin or resume is refused, and changes nothing.
        var stale = await Assert.ThrowsAnyAsync<Exception>(() => grain.StepAsync(new CustomerOrder(5, first, inboxes, [], Generation: 4)));
        Assert.Contains("earlier begin or resume", stale.Message);
        Assert.Equal(Describe(expected), Describe(await grain.GetStateAsync()));
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
