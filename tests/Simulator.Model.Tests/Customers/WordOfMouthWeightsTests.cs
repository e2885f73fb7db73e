using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using static Simulator.Model.Tests.Support.Customers;

namespace Simulator.Model.Tests.Customers;

/// <summary>East, Hammond &amp; Lomax (2008): the impact of word of mouth follows the room left to move, and the own brand resists warnings.</summary>
public class WordOfMouthWeightsTests
{
    private static readonly Scenario Market = TestScenarios.Market(customers: 10);

    /// <summary>A customer of brand 0 with trust <paramref name="trust"/> in brand 1, hearing one message about brand 1.</summary>
    private static float TrustInRivalAfter(float trust, bool positive)
    {
        var ctx = Context(Market);
        var c = ActiveCustomer();
        c.Trust[1] = trust;
        WordOfMouthReception.Listen(ref c, ctx, [new(2, 1, 1, positive)], ctx.RandomFor(1), new CollectingRecorder());
        return c.Trust[1];
    }

    [Fact]
    public void A_recommendation_and_a_warning_move_trust_by_their_signals_times_the_room_left()
    {
        var m = Market.Model;
        Assert.Equal(0.3 + m.TrustGain * m.RecommendationTrustSignal * 0.7, TrustInRivalAfter(0.3f, positive: true), 6);
        Assert.Equal(0.3 - m.TrustGain * m.WarningTrustSignal * 0.3, TrustInRivalAfter(0.3f, positive: false), 6);
    }

    [Fact]
    public void Below_half_trust_a_recommendation_moves_a_listener_more_than_a_warning_and_above_it_less()
    {
        Assert.True(TrustInRivalAfter(0.3f, true) - 0.3f > 0.3f - TrustInRivalAfter(0.3f, false));
        Assert.True(TrustInRivalAfter(0.8f, true) - 0.8f < 0.8f - TrustInRivalAfter(0.8f, false));
    }

    [Fact]
    public void A_warning_about_the_listeners_own_brand_is_partly_resisted()
    {
        var ctx = Context(Market);
        var customer = ActiveCustomer();
        var stranger = ActiveCustomer();
        stranger.Brand = 1;
        WordOfMouthReception.Listen(ref customer, ctx, [new(2, 1, 0, false)], ctx.RandomFor(1), new CollectingRecorder());
        WordOfMouthReception.Listen(ref stranger, ctx, [new(2, 1, 0, false)], ctx.RandomFor(1), new CollectingRecorder());
        Assert.Equal((1 - Market.Model.OwnBrandWarningResistance) * (0.5 - stranger.Trust[0]), 0.5 - customer.Trust[0], 6);
    }

    [Fact]
    public void A_warning_strikes_the_brand_from_a_non_customers_consideration_with_the_dissuasion_probability()
    {
        var ctx = Context(Market);
        const int listeners = 20_000;
        int struck = 0, customersStruck = 0;
        for (var id = 0; id < listeners; id++)
        {
            var c = ActiveCustomer(id);
            WordOfMouthReception.Listen(ref c, ctx, [new(id + 1, id, 1, false), new(id + 1, id, 0, false)], ctx.RandomFor(id), new CollectingRecorder());
            struck += c.Knows(1) ? 0 : 1;
            customersStruck += c.Knows(0) ? 0 : 1;
        }

        var p = Market.Model.Dissuasion;
        Assert.Equal(p, struck / (double)listeners, 5 * Math.Sqrt(p * (1 - p) / listeners));
        Assert.Equal(0, customersStruck);
    }

    [Fact]
    public void A_recommendation_never_makes_a_listener_forget_a_brand()
    {
        var ctx = Context(Market);
        for (var id = 0; id < 2_000; id++)
        {
            var c = ActiveCustomer(id);
            WordOfMouthReception.Listen(ref c, ctx, [new(id + 1, id, 1, true)], ctx.RandomFor(id), new CollectingRecorder());
            Assert.True(c.Knows(1));
        }
    }
}
