using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using static Simulator.Model.Tests.Support.Customers;

namespace Simulator.Model.Tests.Customers;

public class PerceptionTests
{
    private static readonly Scenario Market = TestScenarios.Market(customers: 10);

    [Fact]
    public void Trust_falls_faster_than_it_rises()
    {
        var ctx = Context(Market);
        var rec = new CollectingRecorder();
        var pleased = ActiveCustomer(trust: 0.5f);
        var let_down = ActiveCustomer(trust: 0.5f);

        Perception.Experience(ref pleased, ctx, 0, TouchpointKind.ProductUse, 0.65 + 0.3, rec);
        Perception.Experience(ref let_down, ctx, 0, TouchpointKind.ProductUse, 0.65 - 0.3, rec);

        var gain = pleased.Trust[0] - 0.5;
        var loss = 0.5 - let_down.Trust[0];
        Assert.True(gain > 0, $"gain {gain}");
        Assert.True(loss > 0, $"loss {loss}");
        // Equal gaps from equal trust: the loss is trustLossRatio times the gain.
        Assert.Equal(Market.Model[ModelParameter.TrustLossRatio], loss / gain, 3);
    }

    [Fact]
    public void Gaps_inside_the_zone_of_tolerance_move_satisfaction_but_not_trust_or_emotions()
    {
        var ctx = Context(Market);
        var c = ActiveCustomer(trust: 0.5f);
        Perception.Experience(ref c, ctx, 0, TouchpointKind.ProductUse, 0.65 - Market.Model.ToleranceZone / 2, new CollectingRecorder());

        Assert.Equal(0.5f, c.Trust[0]);
        Assert.Equal(0f, c.Anger);
        Assert.Equal(0f, c.Joy);
        Assert.True(c.Satisfaction < ModelParameters.Default.MetExpectationSatisfaction);
    }

    [Fact]
    public void A_shortfall_angers_and_a_delight_brings_joy()
    {
        var ctx = Context(Market);
        var rec = new CollectingRecorder();
        var bad = ActiveCustomer();
        var good = ActiveCustomer();

        var anger = Perception.Experience(ref bad, ctx, 0, TouchpointKind.ServiceRequest, 0.2, rec);
        Perception.Experience(ref good, ctx, 0, TouchpointKind.ServiceRequest, 1.0, rec);

        Assert.True(bad.Anger > 0.2f);
        Assert.Equal(bad.Anger, (float)anger, 5);
        Assert.Equal(0f, bad.Joy);
        Assert.True(good.Joy > 0.2f);
        Assert.Equal(0f, good.Anger);
        Assert.Equal(2, rec.Touchpoints.Count);
        Assert.Equal(0.2 - 0.65, rec.Touchpoints[0].Gap, 5);
    }

    [Fact]
    public void Forgiving_customers_get_less_angry_at_the_same_shortfall()
    {
        var ctx = Context(Market);
        var harsh = ActiveCustomer();
        harsh.Traits = harsh.Traits with { Forgiveness = 0 };
        var forgiving = ActiveCustomer();
        forgiving.Traits = forgiving.Traits with { Forgiveness = 1 };

        Perception.Experience(ref harsh, ctx, 0, TouchpointKind.ProductUse, 0.1, new CollectingRecorder());
        Perception.Experience(ref forgiving, ctx, 0, TouchpointKind.ProductUse, 0.1, new CollectingRecorder());

        Assert.True(forgiving.Anger < harsh.Anger * 0.5f);
    }

    [Fact]
    public void Expectations_rise_with_good_experiences_and_fall_more_slowly()
    {
        var ctx = Context(Market);
        var up = ActiveCustomer(expectation: 0.5f);
        var down = ActiveCustomer(expectation: 0.5f);

        Perception.Experience(ref up, ctx, 0, TouchpointKind.ProductUse, 0.8, new CollectingRecorder());
        Perception.Experience(ref down, ctx, 0, TouchpointKind.ProductUse, 0.2, new CollectingRecorder());

        Assert.Equal(0.5 + Market.Model.ExpectationRise * 0.3, up.Expectation, 5);
        Assert.Equal(0.5 - Market.Model.ExpectationFall * 0.3, down.Expectation, 5);
        Assert.True(up.Expectation - 0.5f > 0.5f - down.Expectation);
    }

    [Fact]
    public void Touchpoints_judged_against_expectation_do_not_move_it()
    {
        var ctx = Context(Market);
        foreach (var spec in TouchpointKinds.Specs)
        {
            var c = ActiveCustomer(expectation: 0.5f);
            Perception.Experience(ref c, ctx, 0, spec.Kind, 0.9, new CollectingRecorder());
            Assert.True(spec.AdaptsExpectation == (c.Expectation != 0.5f), $"{spec.Name}: adapts expectation {spec.AdaptsExpectation}, expectation now {c.Expectation}");
        }

        // What the product and service deliver moves expectation; bills, marketing, feedback requests and the purchase do not.
        Assert.Equal(["product_use", "service_request", "complaint"], TouchpointKinds.Specs.Where(s => s.AdaptsExpectation).Select(s => s.Name));
    }

    [Fact]
    public void Every_touchpoint_kind_is_declared_once_in_enum_order_with_a_name_and_a_narration()
    {
        Assert.Equal(Enum.GetValues<TouchpointKind>(), TouchpointKinds.Specs.Select(s => s.Kind));
        Assert.Equal(TouchpointKinds.Count, TouchpointKinds.Specs.Select(s => s.Name).Distinct().Count());
        Assert.All(TouchpointKinds.Specs, s => Assert.False(string.IsNullOrWhiteSpace(s.Narration) || string.IsNullOrWhiteSpace(s.Description)));
        // 66% of touchpoints are created by customers (Russian CEM article): four of the seven kinds are theirs.
        Assert.Equal(4, TouchpointKinds.Specs.Count(s => s.Initiator == Initiator.Customer));
    }

    [Fact]
    public void Feelings_fade_each_week_and_anger_lasts_longer_than_joy()
    {
        var quiet = TestScenarios.Market(customers: 10, focal: p => p.With(Lever.AcquisitionFocus, 0), needRecognitionPerWeek: 0);
        var c = ActiveCustomer();
        c.Joy = 0.8f;
        c.Anger = 0.8f;
        c.Stage = LifecycleStage.Churned;
        c.Brand = -1;
        c.HasNeed = false;
        c.Awareness = 0;

        CustomerStep.Advance(ref c, Context(quiet), [], new CollectingRecorder());

        Assert.Equal(0.8 * (1 - quiet.Model.JoyDecay), c.Joy, 5);
        Assert.Equal(0.8 * (1 - quiet.Model.AngerDecay), c.Anger, 5);
        Assert.True(c.Anger > c.Joy);
    }
}
