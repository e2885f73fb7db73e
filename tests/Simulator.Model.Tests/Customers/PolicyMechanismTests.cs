using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Customers;

/// <summary>
/// Each policy lever, moved alone with everything else equal (same seed, common random numbers),
/// must push the outcomes the way its rule says. Reversing or removing a rule fails its test.
/// </summary>
public class PolicyMechanismTests
{
    private static IReadOnlyList<MetricsRow> Focal(Func<BrandPolicy, BrandPolicy> policy, int customers = 4000, int weeks = 52) =>
        Runs.FocalRows(Runs.Reference(TestScenarios.Market(customers: customers, weeks: weeks, focal: policy)));

    [Fact]
    [Trait("Category", "Slow")]
    public void Ignoring_feedback_lowers_trust_compared_with_closing_the_loop()
    {
        var ignored = Focal(p => p.With(Lever.FeedbackSolicitation, 0.2).With(Lever.FeedbackResponse, 0));
        var closed = Focal(p => p.With(Lever.FeedbackSolicitation, 0.2).With(Lever.FeedbackResponse, 1));

        Assert.True(ignored[^1].MeanTrust < closed[^1].MeanTrust - 0.03, $"ignored {ignored[^1].MeanTrust:F3} vs closed {closed[^1].MeanTrust:F3}");
        Assert.True(Runs.Mean(ignored, r => r.MeanAnger) > Runs.Mean(closed, r => r.MeanAnger));
        Assert.Equal(0, ignored.Sum(r => r.FeedbackActed));
        Assert.Equal(closed.Sum(r => r.FeedbackGiven), closed.Sum(r => r.FeedbackActed));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Asking_for_feedback_and_ignoring_it_is_worse_than_not_asking()
    {
        var ignored = Focal(p => p.With(Lever.FeedbackSolicitation, 0.2).With(Lever.FeedbackResponse, 0));
        var silent = Focal(p => p.With(Lever.FeedbackSolicitation, 0));

        Assert.True(ignored[^1].Nps < silent[^1].Nps, $"ignored {ignored[^1].Nps:F1} vs not asking {silent[^1].Nps:F1}");
        Assert.True(ignored[^1].MeanTrust < silent[^1].MeanTrust);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_termination_fee_lowers_churn_but_raises_anger_and_detractors()
    {
        var free = Focal(p => p, weeks: 104);
        var locked = Focal(p => p.With(Lever.TerminationFeeWeeks, 26).With(Lever.ContractWeeks, 52), weeks: 104);

        Assert.True(Runs.Exits(locked) < Runs.Exits(free) * 0.8, $"exits locked {Runs.Exits(locked)} vs free {Runs.Exits(free)}");
        Assert.True(Runs.Mean(locked, r => r.MeanAnger) > Runs.Mean(free, r => r.MeanAnger));
        Assert.True(Runs.DetractorShare(locked) > Runs.DetractorShare(free));
        Assert.True(locked.Sum(r => r.Trapped) > 0);
        Assert.Equal(0, free.Sum(r => r.Trapped));
        Assert.True(locked.Sum(r => r.TerminationFees) > 0);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Effortless_service_lowers_anger()
    {
        var effortful = Focal(p => p.With(Lever.ServiceEffort, 0.9));
        var effortless = Focal(p => p.With(Lever.ServiceEffort, 0.1));

        Assert.True(Runs.Mean(effortless, r => r.MeanAnger) < Runs.Mean(effortful, r => r.MeanAnger));
        Assert.True(effortless[^1].Nps > effortful[^1].Nps);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void First_contact_resolution_leaves_fewer_problems_open()
    {
        var poor = Focal(p => p.With(Lever.FirstContactResolution, 0.2));
        var good = Focal(p => p.With(Lever.FirstContactResolution, 0.9));

        Assert.True(Runs.Mean(good, r => r.WithOpenProblem) < Runs.Mean(poor, r => r.WithOpenProblem) * 0.7);
        Assert.True(good.Sum(r => r.Complaints) < poor.Sum(r => r.Complaints));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Problem_prevention_reduces_incidents_and_complaints()
    {
        var none = Focal(p => p.With(Lever.ProblemPrevention, 0));
        var strong = Focal(p => p.With(Lever.ProblemPrevention, 0.9));

        Assert.True(strong.Sum(r => r.Incidents) < none.Sum(r => r.Incidents) * 0.3);
        Assert.True(strong.Sum(r => r.Complaints) < none.Sum(r => r.Complaints));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Replacing_defects_generously_keeps_problems_from_staying_open()
    {
        var stingy = Focal(p => p.With(Lever.DefectGenerosity, 0));
        var generous = Focal(p => p.With(Lever.DefectGenerosity, 1));

        Assert.True(Runs.Mean(generous, r => r.WithOpenProblem) < Runs.Mean(stingy, r => r.WithOpenProblem) * 0.2);
        Assert.True(Runs.Mean(generous, r => r.MeanAnger) < Runs.Mean(stingy, r => r.MeanAnger));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Empathy_softens_the_anger_of_bad_service()
    {
        var cold = Focal(p => p.With(Lever.ServiceEmpathy, 0).With(Lever.FirstContactResolution, 0.3));
        var warm = Focal(p => p.With(Lever.ServiceEmpathy, 1).With(Lever.FirstContactResolution, 0.3));

        Assert.True(Runs.Mean(warm, r => r.MeanAnger) < Runs.Mean(cold, r => r.MeanAnger));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Data_harvesting_without_transparency_erodes_trust()
    {
        var discreet = Focal(p => p.With(Lever.DataHarvesting, 0).With(Lever.Transparency, 0.2));
        var harvesting = Focal(p => p.With(Lever.DataHarvesting, 1).With(Lever.Transparency, 0.2));
        var open = Focal(p => p.With(Lever.DataHarvesting, 1).With(Lever.Transparency, 1));

        Assert.True(harvesting[^1].MeanTrust < discreet[^1].MeanTrust - 0.03);
        Assert.True(open[^1].MeanTrust > harvesting[^1].MeanTrust);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Over_contact_annoys()
    {
        var light = Focal(p => p.With(Lever.MarketingContactsPerWeek, 0.25));
        var heavy = Focal(p => p.With(Lever.MarketingContactsPerWeek, 4));

        Assert.True(heavy[^1].MeanSatisfaction < light[^1].MeanSatisfaction);
        Assert.True(heavy[^1].Nps < light[^1].Nps);
        Assert.True(heavy.Sum(r => r.MarketingContacts) > light.Sum(r => r.MarketingContacts) * 10);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Acquisition_focus_wins_more_customers_early_but_keeps_fewer_of_them()
    {
        var balanced = Runs.Reference(TestScenarios.Market(customers: 4000, weeks: 104));
        var focused = Runs.Reference(TestScenarios.Market(customers: 4000, weeks: 104, focal: p => p.With(Lever.AcquisitionFocus, 0.9)));
        var b = Runs.FocalRows(balanced);
        var f = Runs.FocalRows(focused);

        Assert.True(f.Take(26).Sum(r => r.Acquisitions) > b.Take(26).Sum(r => r.Acquisitions));
        Assert.True(f.Take(26).Sum(r => r.AdImpressions) > b.Take(26).Sum(r => r.AdImpressions) * 1.5);
        Assert.True(Headlines.Of(focused, 0, 0).CohortRetentionAt52 < Headlines.Of(balanced, 0, 0).CohortRetentionAt52);
        Assert.True(f[^1].MeanTrust < b[^1].MeanTrust);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_higher_price_wins_fewer_customers()
    {
        var cheap = Focal(p => p.With(Lever.Price, 8));
        var dear = Focal(p => p.With(Lever.Price, 14));

        Assert.True(dear.Sum(r => r.Acquisitions) < cheap.Sum(r => r.Acquisitions));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Pressure_selling_converts_faster_but_costs_trust()
    {
        var soft = Focal(p => p.With(Lever.PressureSelling, 0));
        var hard = Focal(p => p.With(Lever.PressureSelling, 1));

        Assert.True(hard.Take(8).Sum(r => r.Acquisitions) > soft.Take(8).Sum(r => r.Acquisitions));
        Assert.True(hard[^1].MeanTrust < soft[^1].MeanTrust);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Product_quality_raises_satisfaction_and_advocacy()
    {
        var poor = Focal(p => p.With(Lever.ProductQuality, 0.55));
        var good = Focal(p => p.With(Lever.ProductQuality, 0.9));

        Assert.True(good.Sum(r => r.WordOfMouthPositive) > poor.Sum(r => r.WordOfMouthPositive));
        Assert.True(good[^1].Nps > poor[^1].Nps);
    }
}
