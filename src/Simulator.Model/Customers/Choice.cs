using Simulator.Model.Metrics;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// Choosing a brand: customers weigh perceived value (benefit against price, effort and worry) and
/// trust (Russian CEM article: the best cost/benefit, least hassle, worry and money), with a random
/// part (McFadden's logit). Doing without costs the urgency of the need.
/// </summary>
public static class Choice
{
    /// <summary>The perceived value of brand <paramref name="brand"/> to this customer, from its reputation and policy.</summary>
    public static double Utility(in CustomerState c, StepContext ctx, int brand, IStepRecorder reads) =>
        Value(c, ctx, brand, ctx.Policies[brand].ProductQuality, reads);

    /// <summary>The value of staying with the current brand: experienced quality, habit, anger and open problems.</summary>
    public static double StayUtility(in CustomerState c, StepContext ctx, IStepRecorder reads)
    {
        var m = ctx.Model;
        var experiencedQuality = ctx.Policies[c.Brand].ProductQuality + m.SatisfactionQualityPull * (c.Satisfaction - m.MetExpectationSatisfaction);
        return Value(c, ctx, c.Brand, experiencedQuality, reads)
            + m.Inertia
            - m.AngerWeight * c.Anger
            - m.OpenProblemValuePenalty * Math.Min(c.UnresolvedProblems, (byte)3);
    }

    /// <summary>Utility of doing without while the need lasts.</summary>
    public static double OutsideUtility(StepContext ctx) => -ctx.Model.NeedUrgency;

    /// <summary>A considering customer picks the best brand it knows and may buy it this week.</summary>
    public static void Consider(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        var best = Best(c, ctx, random, exclude: -1, recorder, out var bestUtility);
        if (best < 0)
        {
            return;
        }

        var outside = OutsideUtility(ctx) + ctx.Model.ChoiceNoise * random.Gumbel(ctx.Tick, DrawPurpose.Choice, Market.MarketLimits.MaxBrands);
        if (bestUtility <= outside)
        {
            return;
        }

        var conversion = Math.Min(1, ctx.Scenario.Segments[c.Segment].ConversionPerWeek * (1 + ctx.Policies[best].PressureSelling));
        if (random.Chance(conversion, ctx.Tick, DrawPurpose.Conversion))
        {
            Buy(ref c, ctx, best, random, recorder);
        }
    }

    /// <summary>The known brand (other than <paramref name="exclude"/>) with the highest noisy utility, or -1.</summary>
    public static int Best(in CustomerState c, StepContext ctx, CounterRandom random, int exclude, IStepRecorder reads, out double utility)
    {
        var best = -1;
        utility = double.NegativeInfinity;
        for (var b = 0; b < ctx.BrandCount; b++)
        {
            if (b == exclude || !c.Knows(b))
            {
                continue;
            }

            var u = Utility(c, ctx, b, reads) + ctx.Model.ChoiceNoise * random.Gumbel(ctx.Tick, DrawPurpose.Choice, b);
            if (u > utility)
            {
                utility = u;
                best = b;
            }
        }

        return best;
    }

    /// <summary>Becomes a customer of <paramref name="brand"/>: the purchase and onboarding touchpoint.</summary>
    public static void Buy(ref CustomerState c, StepContext ctx, int brand, CounterRandom random, IStepRecorder recorder)
    {
        var policy = ctx.Policies[brand];
        var bit = (byte)(1 << brand);
        recorder.Count(brand, Counter.Acquisitions);
        recorder.Count(brand, Counter.AcquisitionCost, ctx.Market.CostPerAcquisition);
        if ((c.EverCustomer & bit) != 0)
        {
            recorder.Count(brand, Counter.WinBacks);
        }

        c.Awareness |= bit;
        c.EverCustomer |= bit;
        c.Brand = (sbyte)brand;
        c.Stage = ctx.Market.OnboardingWeeks > 0 ? LifecycleStage.Onboarding : LifecycleStage.Active;
        c.AcquiredWeek = (short)ctx.Tick;
        c.Satisfaction = (float)ctx.Model.MetExpectationSatisfaction;
        // Joy and anger were about the old relationship; what remains of it is trust in that brand and the grudge against it.
        c.Anger = 0;
        c.Joy = 0;
        c.UnresolvedProblems = 0;
        c.UnansweredFeedback = 0;
        c.ServiceContactsOnProblem = 0;
        recorder.Note(LifeEvent.Bought, brand);

        // Neglect after the sale (Franz), high-pressure selling (Forrester) and effort (CEB) spoil the first touchpoint.
        var onboarding = c.Expectation + ctx.Model.OnboardingCare * (1 - 2 * policy.AcquisitionFocus) - ctx.Model.PressureAtSale * policy.PressureSelling
            + Journey.EffortEase(ctx, brand, recorder);
        Perception.Experience(ref c, ctx, brand, TouchpointKind.PurchaseAndOnboarding, onboarding, recorder);
        Perception.ShiftTrust(ref c, ctx, brand, -ctx.Model.PressureTrustCost * policy.PressureSelling);
        c.LikelihoodToRecommend = Advocacy.Score(c, ctx, random, draw: 1);
    }

    private static double Value(in CustomerState c, StepContext ctx, int brand, double quality, IStepRecorder reads)
    {
        var policy = ctx.Policies[brand];
        var t = c.Traits;
        var m = ctx.Model;
        var priceBurden = m.PriceBurdenWeight * t.PriceSensitivity * policy.Price / ctx.Market.ReferencePrice;
        var effortWorry = m.EffortWorryWeight * (1 - t.EffortTolerance) * ctx.ServiceEffort(brand, reads);
        var privacyWorry = m.PrivacyWorryWeight * t.PrivacySensitivity * policy.DataHarvesting * (1 - policy.Transparency);
        var lockInWorry = m.LockInWorryWeight * t.PriceSensitivity * Math.Min(1, policy.TerminationFeeWeeks / 26) * Math.Min(1, policy.ContractWeeks / 52);
        var trust = m.TrustWeight * (c.Trust[brand] - 0.5);
        return quality - priceBurden - effortWorry - privacyWorry - lockInWorry + trust - m.GrudgeWeight * c.Grudge[brand];
    }
}
