using System.Runtime.InteropServices;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Market;

/// <summary>
/// A customer's week reports which market conditions it read; an engine that ran the week on predicted
/// conditions re-runs it only when a condition it read turned out different. That is exact only if a week
/// cannot depend on a condition it did not report.
/// </summary>
public class ConditionReadsTests
{
    [Fact]
    public void Every_condition_of_every_brand_has_its_own_bit()
    {
        var bits = Enumerable.Range(0, MarketLimits.MaxBrands)
            .SelectMany(b => Enum.GetValues<MarketCondition>().Select(c => ConditionReads.Bit(b, c)))
            .ToList();

        Assert.Equal(bits.Count, bits.Distinct().Count());
        Assert.All(bits, bit => Assert.Equal(1, System.Numerics.BitOperations.PopCount(bit)));
        Assert.Equal(ConditionReads.All, bits.Aggregate(0, (all, bit) => all | bit));
    }

    [Fact]
    public void Changed_names_exactly_the_fields_that_differ_bit_for_bit()
    {
        BrandConditions[] used = [new(0, 0.25, 0), new(0.5, 0.125, 0.1)];

        Assert.Equal(0, ConditionReads.Changed(used, [.. used]));
        Assert.Equal(ConditionReads.Bit(1, MarketCondition.Overload), ConditionReads.Changed(used, [used[0], used[1] with { Overload = 0.5000000001 }]));
        Assert.Equal(
            ConditionReads.Bit(0, MarketCondition.CustomerShare) | ConditionReads.Bit(1, MarketCondition.ProcessKnowledge),
            ConditionReads.Changed(used, [used[0] with { CustomerShare = 0.26 }, used[1] with { ProcessKnowledge = 0.2 }]));

        // Zero and negative zero print and multiply differently: they are not the same input.
        Assert.Equal(ConditionReads.Bit(0, MarketCondition.Overload), ConditionReads.Changed(used, [used[0] with { Overload = -0.0 }, used[1]]));
    }

    [Theory]
    [InlineData("acquisition-focus")]
    [InlineData("bass-diffusion")]
    [InlineData("outer-loop")]
    [InlineData("rival-answers-effortless-service")]
    public void A_week_comes_out_the_same_whatever_the_conditions_it_did_not_read(string name)
    {
        var scenario = ShippedScenarios.Load(name).WithRun(customers: 1500, weeks: 40, burnInWeeks: 4);
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.Advance(24);
        var tick = stepper.NextTick;
        var policies = scenario.CreateSchedule().PoliciesAt(tick);
        var random = Simulator.Model.Randomness.CounterRandom.For(17, 0, 0);
        var brands = scenario.Brands.Count;
        var actual = Enumerable.Range(0, brands).Select(b => Conditions(random, 2 * b)).ToArray();
        var context = new StepContext(scenario, 0, tick, policies, actual);
        ushort seen = 0;
        var customers = stepper.Customers.ToArray();
        for (var i = 0; i < customers.Length; i++)
        {
            var (state, outcome, reads) = Step(customers[i], context);
            seen |= reads;

            // Every condition it did not read set to something else: the week must not notice.
            var other = actual.Select((c, b) => Unread(c, Conditions(random, 1000 + i * brands + b), b, reads)).ToArray();
            var (again, outcomeAgain, readsAgain) = Step(customers[i], new StepContext(scenario, 0, tick, policies, other));

            Assert.Equal(Bytes(state), Bytes(again));
            Assert.Equal(outcome, outcomeAgain);
            Assert.Equal(reads, readsAgain);
        }

        // Not vacuous: customers of this story do read conditions, incident rates every week at least.
        Assert.NotEqual(0, seen & ConditionReads.Bit(0, MarketCondition.ProcessKnowledge));
        Assert.True(name != "bass-diffusion" || (seen & ConditionReads.Bit(0, MarketCondition.CustomerShare)) != 0);
        Assert.True(name != "acquisition-focus" || (seen & ConditionReads.Bit(0, MarketCondition.Overload)) != 0);
    }

    private static BrandConditions Conditions(Simulator.Model.Randomness.CounterRandom random, int draw) =>
        new(random.Uniform(draw, Simulator.Model.Randomness.DrawPurpose.Advertising, 0), random.Uniform(draw, Simulator.Model.Randomness.DrawPurpose.Advertising, 1), random.Uniform(draw, Simulator.Model.Randomness.DrawPurpose.Advertising, 2));

    private static BrandConditions Unread(BrandConditions actual, BrandConditions other, int brand, ushort reads) => new(
        (reads & ConditionReads.Bit(brand, MarketCondition.Overload)) != 0 ? actual.Overload : other.Overload,
        (reads & ConditionReads.Bit(brand, MarketCondition.CustomerShare)) != 0 ? actual.CustomerShare : other.CustomerShare,
        (reads & ConditionReads.Bit(brand, MarketCondition.ProcessKnowledge)) != 0 ? actual.ProcessKnowledge : other.ProcessKnowledge);

    private static (CustomerState State, string Outcome, ushort Reads) Step(CustomerState state, StepContext context)
    {
        var recorder = new OutcomeRecorder();
        CustomerStep.Advance(ref state, context, [], recorder);
        var outcome = string.Join(";", recorder.Counters) + "|" + string.Join(";", recorder.Touchpoints) + "|" + string.Join(";", recorder.Sent);
        return (state, outcome, recorder.Reads);
    }

    private static byte[] Bytes(CustomerState state) => MemoryMarshal.AsBytes(MemoryMarshal.CreateReadOnlySpan(ref state, 1)).ToArray();
}
