using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using static Simulator.Model.Tests.Support.Customers;

namespace Simulator.Model.Tests.Customers;

public class LifecycleTests
{
    [Fact]
    public void When_the_need_ends_the_customer_leaves_with_reason_need_ended()
    {
        var scenario = TestScenarios.Market(customers: 10);
        var c = ActiveCustomer();
        c.NeedWeeksLeft = 1;
        var rec = new CollectingRecorder();

        CustomerStep.Advance(ref c, Context(scenario), [], rec);

        Assert.Equal(LifecycleStage.Churned, c.Stage);
        Assert.Equal(ChurnReason.NeedEnded, c.LastChurnReason);
        Assert.False(c.HasNeed);
        Assert.Equal(-1, c.Brand);
        Assert.Equal(0, c.FormerBrand);
        Assert.Equal(1, rec[0, Counter.ChurnNeedEnded]);
    }

    [Fact]
    public void A_considering_customer_who_knows_no_brand_cannot_buy()
    {
        var scenario = TestScenarios.Market(customers: 10, focal: p => p.With(Lever.AcquisitionFocus, 0));
        var noAds = scenario.CreateSchedule().PoliciesAt(0).Select(p => p.With(Lever.AcquisitionFocus, 0)).ToArray();
        var c = new CustomerState { Id = 3, Stage = LifecycleStage.Considering, HasNeed = true, NeedWeeksLeft = 50, Brand = -1, FormerBrand = -1, Expectation = 0.65f };
        for (var t = 0; t < 20; t++)
        {
            CustomerStep.Advance(ref c, Context(scenario, t, noAds), [], new CollectingRecorder());
        }

        Assert.Equal(LifecycleStage.Considering, c.Stage);
    }

    [Fact]
    public void A_considering_customer_who_knows_a_good_brand_buys_and_onboards()
    {
        var scenario = TestScenarios.Market(customers: 10);
        var c = new CustomerState { Id = 3, Stage = LifecycleStage.Considering, HasNeed = true, NeedWeeksLeft = 500, Brand = -1, FormerBrand = -1, Awareness = 0b01, Expectation = 0.65f };
        c.Trust[0] = 0.5f;
        var rec = new CollectingRecorder();
        var week = 0;
        while (!c.IsCustomer && week < 60)
        {
            CustomerStep.Advance(ref c, Context(scenario, week++), [], rec);
        }

        Assert.Equal(0, c.Brand);
        Assert.Equal(LifecycleStage.Onboarding, c.Stage);
        Assert.Equal(1, rec[0, Counter.Acquisitions]);
        Assert.Contains(rec.Touchpoints, t => t.Kind == TouchpointKind.PurchaseAndOnboarding);
        for (var i = 0; i < scenario.Market.OnboardingWeeks; i++)
        {
            CustomerStep.Advance(ref c, Context(scenario, week++), [], rec);
        }

        Assert.Equal(LifecycleStage.Active, c.Stage);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Churned_customers_come_back_with_a_new_need()
    {
        var result = Runs.Reference(TestScenarios.Market(customers: 4000, weeks: 104, needRecognitionPerWeek: 0.05));
        var rows = Runs.FocalRows(result);
        Assert.True(rows.Sum(r => r.WinBacks) > 0);
        Assert.True(rows.Sum(r => r.ChurnNeedEnded) > 0);
    }

    [Fact]
    public void A_recommendation_makes_peers_aware_and_raises_their_trust_and_expectations()
    {
        var scenario = TestScenarios.Market(customers: 10, model: m => m.With(ModelParameter.Persuasion, 1));
        var c = new CustomerState { Id = 3, Stage = LifecycleStage.Prospect, Brand = -1, FormerBrand = -1, Expectation = 0.6f };
        c.Trust[1] = 0.5f;
        WordOfMouth[] inbox = [new(Sender: 1, Recipient: 3, Brand: 1, Positive: true)];

        WordOfMouthReception.Listen(ref c, Context(scenario), inbox, Context(scenario).RandomFor(3), new CollectingRecorder());

        Assert.True(c.Knows(1));
        Assert.True(c.Trust[1] > 0.5f);
        Assert.True(c.Expectation > 0.6f);
    }

    [Fact]
    public void Peers_are_trusted_more_than_the_brands_own_messages()
    {
        var scenario = TestScenarios.Market(customers: 10, focal: p => p.With(Lever.MarketingContactsPerWeek, 1).With(Lever.TailoredOffers, 0));
        var ctx = Context(scenario);
        var fromPeer = ActiveCustomer();
        var fromBrand = ActiveCustomer();

        WordOfMouthReception.Listen(ref fromPeer, ctx, [new(1, 1, 0, true)], ctx.RandomFor(1), new CollectingRecorder());
        Journey.ReceiveMarketing(ref fromBrand, ctx, ctx.RandomFor(1), new CollectingRecorder());

        var peerGain = fromPeer.Trust[0] - 0.5f;
        var brandGain = fromBrand.Trust[0] - 0.5f;
        Assert.True(brandGain > 0, $"brand gain {brandGain}");
        Assert.True(peerGain > brandGain, $"peer {peerGain} vs brand {brandGain}");
    }

    [Fact]
    public void Harvested_data_makes_a_tailored_offer_more_relevant()
    {
        var model = ModelParameters.Default;
        double Relevance(double harvesting) => Journey.TailoredRelevance(BrandPolicy.Default.With(Lever.DataHarvesting, harvesting), model);

        Assert.Equal(model.TailoringRelevance * model.RelevanceWithoutData, Relevance(0), 12);
        Assert.Equal(model.TailoringRelevance, Relevance(1), 12);
        Assert.True(Relevance(0.3) < Relevance(0.9));
    }

    [Fact]
    public void Harvesting_pleases_with_relevance_but_worries_the_privacy_sensitive_when_the_brand_is_not_open_about_it()
    {
        CustomerState After(double harvesting, double transparency)
        {
            var scenario = TestScenarios.Market(customers: 10, focal: p => p.With(Lever.MarketingContactsPerWeek, 1).With(Lever.TailoredOffers, 1)
                .With(Lever.DataHarvesting, harvesting).With(Lever.Transparency, transparency));
            var ctx = Context(scenario);
            var c = ActiveCustomer();
            Journey.ReceiveMarketing(ref c, ctx, ctx.RandomFor(1), new CollectingRecorder());
            return c;
        }

        // Open about its data: more data, a more relevant offer, a better contact, and trust rises with it (no worry).
        Assert.True(After(1, 1).Satisfaction > After(0, 1).Satisfaction);
        Assert.True(After(1, 1).Trust[0] > After(0, 1).Trust[0]);
        // Silent about it: the same relevance, but a privacy-sensitive customer's trust falls.
        Assert.True(After(1, 0).Trust[0] < After(0, 0).Trust[0]);
    }

    [Fact]
    public void An_unresolved_complaint_from_a_furious_customer_turns_into_revenge_on_every_peer()
    {
        var scenario = TestScenarios.Market(
            customers: 1000,
            focal: p => p.With(Lever.FirstContactResolution, 0),
            model: m => m.With(ModelParameter.ComplaintRate, 1));
        var ctx = Context(scenario);
        var c = ActiveCustomer();
        c.Anger = 1;
        c.UnresolvedProblems = 1;
        var rec = new CollectingRecorder();

        Journey.Complain(ref c, ctx, ctx.RandomFor(c.Id), rec);

        Assert.Equal(1, rec[0, Counter.Complaints]);
        Assert.Equal(1, rec[0, Counter.RevengeActs]);
        Assert.Equal(ctx.Network.Degree, rec.Sent.Count);
        Assert.All(rec.Sent, m => Assert.False(m.Positive));
        Assert.Equal(ctx.Network.Degree, rec.Sent.Select(m => m.Recipient).Distinct().Count());
    }

    [Fact]
    public void A_calm_customer_without_a_problem_never_complains()
    {
        var scenario = TestScenarios.Market(customers: 10, model: m => m.With(ModelParameter.ComplaintRate, 1));
        var ctx = Context(scenario);
        var c = ActiveCustomer();
        c.Anger = 0.9f;
        var rec = new CollectingRecorder();
        Journey.Complain(ref c, ctx, ctx.RandomFor(c.Id), rec);
        Assert.Equal(0, rec[0, Counter.Complaints]);
    }

    [Theory]
    [InlineData(10, Measure.Promoters)]
    [InlineData(9, Measure.Promoters)]
    [InlineData(8, Measure.Passives)]
    [InlineData(7, Measure.Passives)]
    [InlineData(6, Measure.Detractors)]
    [InlineData(0, Measure.Detractors)]
    public void Likelihood_to_recommend_sorts_customers_as_Reichheld_defined(byte score, Measure category)
    {
        var aggregate = new TickAggregate(2, 1, 10);
        var c = ActiveCustomer();
        c.LikelihoodToRecommend = score;
        aggregate.Observe(c);
        Assert.Equal(1, aggregate.Get(0, 0, category));
        Assert.Equal(1, aggregate.Get(0, 0, Measure.Promoters) + aggregate.Get(0, 0, Measure.Passives) + aggregate.Get(0, 0, Measure.Detractors));
    }

    [Fact]
    public void Nps_is_percent_promoters_minus_percent_detractors()
    {
        var aggregate = new TickAggregate(2, 1, 10);
        byte[] scores = [10, 9, 9, 8, 7, 6, 3, 10, 10, 2];
        for (var i = 0; i < scores.Length; i++)
        {
            var c = ActiveCustomer(id: i);
            c.LikelihoodToRecommend = scores[i];
            aggregate.Observe(c);
        }

        var row = MetricsTable.Row(aggregate, 0, 0, 0, "Focal", -1, "all");
        Assert.Equal((5, 2, 3), (row.Promoters, row.Passives, row.Detractors));
        Assert.Equal(20.0, row.Nps, 10);
    }

    [Fact]
    public void Stages_are_counted_relative_to_each_brand()
    {
        var aggregate = new TickAggregate(2, 1, 10);
        var customer = ActiveCustomer(); // customer of 0, knows 1
        var former = ActiveCustomer();
        former.Brand = 1;
        former.EverCustomer = 0b11; // left 0 for 1
        var stranger = new CustomerState { Brand = -1, FormerBrand = -1 };
        var shopper = new CustomerState { Brand = -1, FormerBrand = -1, HasNeed = true, Awareness = 0b10, Stage = LifecycleStage.Considering };
        foreach (var c in new[] { customer, former, stranger, shopper })
        {
            aggregate.Observe(c);
        }

        Assert.Equal((1L, 1L, 0L, 2L), (aggregate.Get(0, 0, Measure.Active), aggregate.Get(0, 0, Measure.Churned), aggregate.Get(0, 0, Measure.Considering), aggregate.Get(0, 0, Measure.Prospects)));
        Assert.Equal((1L, 1L, 1L, 1L), (aggregate.Get(1, 0, Measure.Active), aggregate.Get(1, 0, Measure.Aware), aggregate.Get(1, 0, Measure.Considering), aggregate.Get(1, 0, Measure.Prospects)));
    }
}
