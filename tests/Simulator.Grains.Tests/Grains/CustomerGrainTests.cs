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
            var outcome = Assert.Single(await grain.StepAsync(new CustomerOrder(t, [conditions], [t == 1 ? inbox : []])));
            var recorder = new OutcomeRecorder();
            var ctx = new StepContext(scenario, 0, t, schedule.PoliciesAt(t), conditions);
            CustomerStep.Advance(ref expected, ctx, t == 1 ? inbox : [], recorder);

            Assert.Equal(Describe(expected), Describe(outcome.State));
            Assert.Equal(recorder.Counters, outcome.Counters);
            Assert.Equal(recorder.Touchpoints, outcome.Touchpoints);
            Assert.Equal(recorder.Sent, outcome.Sent);
        }

        Assert.Equal(Describe(expected), Describe(await grain.GetStateAsync()));
        await grain.EndAsync();
    }

    [Fact]
    public async Task Stepping_a_customer_that_was_never_initialised_fails_clearly()
    {
        var grain = fixture.Client.GetGrain<ICustomerGrain>(1, "never-initialised/0");
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => grain.StepAsync(new CustomerOrder(0, [[]], [[]])));
        Assert.Contains("before it was initialised", ex.Message);
    }

    /// <summary>Every field of the state as text (the inline trust array has no value equality of its own).</summary>
    private static string Describe(CustomerState c) => string.Join('|',
        c.Id, c.Segment, c.Traits, c.Stage, c.LastChurnReason, c.Brand, c.FormerBrand, c.Awareness, c.EverCustomer,
        c.HasNeed, c.NeedWeeksLeft, c.AcquiredWeek, c.Expectation, c.Trust[0], c.Trust[1], c.Trust[2], c.Trust[3],
        c.Satisfaction, c.Joy, c.Anger, c.UnresolvedProblems, c.UnansweredFeedback, c.ServiceContactsOnProblem, c.LikelihoodToRecommend);
}
