using Simulator.Model.Metrics;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// Staying or leaving. Customers reconsider now and then, more often when angry or with problems
/// open (PwC 2018: one bad experience makes a minority leave); when they do, they compare staying
/// with the best competitor they know and with doing without (Franz: the customer's real control is
/// the choice to leave). A termination fee inside the contract is a switching cost: it keeps
/// customers who wanted to leave, and angers them (Forrester; IBM Telco churn data).
/// </summary>
public static class Retention
{
    /// <summary>Weeks at the end of each contract term in which leaving is free.</summary>
    public const int CancellationWindowWeeks = 4;

    /// <summary>Reconsiders the relationship and may leave.</summary>
    public static void Review(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        var m = ctx.Model;
        var reviewChance = m.ReviewRate + m.AngerReview * c.Anger
            + m.ProblemReview * (Math.Min(c.UnresolvedProblems, (byte)3) + m.FruitlessContactReview * Math.Min(c.ServiceContactsOnProblem, (byte)4));
        if (!random.Chance(Math.Min(1, reviewChance * c.Traits.Fickleness), ctx.Tick, DrawPurpose.Churn))
        {
            return;
        }

        var noise = m.ChoiceNoise;
        var stay = Choice.StayUtility(c, ctx, recorder) + noise * random.Gumbel(ctx.Tick, DrawPurpose.Churn, 1);
        var competitor = Choice.Best(c, ctx, random, exclude: c.Brand, recorder, out var competitorUtility);
        var outside = Choice.OutsideUtility(ctx) + noise * random.Gumbel(ctx.Tick, DrawPurpose.Churn, 2);
        var alternative = Math.Max(competitorUtility, outside);
        var advantage = alternative - stay;
        if (advantage <= 0)
        {
            return;
        }

        if (advantage <= FeeBurden(c, ctx))
        {
            recorder.Count(c.Brand, Counter.Trapped);
            recorder.Note(LifeEvent.Trapped, c.Brand);
            c.Anger = Perception.Clamp01(c.Anger + m.TrappedAnger);
            Perception.ShiftTrust(ref c, ctx, c.Brand, -m.TrappedTrustShock);
            return;
        }

        if (competitor >= 0 && competitorUtility >= outside)
        {
            Leave(ref c, ctx, ChurnReason.SwitchedToCompetitor, recorder);
            Choice.Buy(ref c, ctx, competitor, random, recorder);
        }
        else
        {
            Leave(ref c, ctx, ChurnReason.Dissatisfied, recorder);
            c.HasNeed = false;
        }
    }

    /// <summary>Ends the relationship with the current brand, paying the termination fee inside the contract.</summary>
    public static void Leave(ref CustomerState c, StepContext ctx, ChurnReason reason, IStepRecorder recorder)
    {
        int brand = c.Brand;
        var policy = ctx.Policies[brand];
        if (InsideContract(c, ctx))
        {
            var fee = policy.TerminationFeeWeeks * policy.Price;
            recorder.Count(brand, Counter.TerminationFees, fee);
            recorder.Count(brand, Counter.Revenue, fee);
        }

        recorder.Count(brand, reason switch
        {
            ChurnReason.Dissatisfied => Counter.ChurnDissatisfied,
            ChurnReason.SwitchedToCompetitor => Counter.ChurnSwitched,
            _ => Counter.ChurnNeedEnded,
        });
        recorder.Note(reason switch
        {
            ChurnReason.Dissatisfied => LifeEvent.LeftDissatisfied,
            ChurnReason.SwitchedToCompetitor => LifeEvent.Switched,
            _ => LifeEvent.LeftNeedEnded,
        }, brand);

        // The anger of the relationship turns into a grudge against the brand left (Gregoire, Tripp & Legoux 2009).
        c.Grudge[brand] = Math.Max(c.Grudge[brand], c.Anger);
        c.Stage = LifecycleStage.Churned;
        c.LastChurnReason = reason;
        c.FormerBrand = c.Brand;
        c.Brand = -1;
        c.UnresolvedProblems = 0;
        c.UnansweredFeedback = 0;
        c.ServiceContactsOnProblem = 0;
    }

    /// <summary>The utility a termination fee takes from leaving now (0 outside the contract).</summary>
    public static double FeeBurden(in CustomerState c, StepContext ctx)
    {
        if (!InsideContract(c, ctx))
        {
            return 0;
        }

        var policy = ctx.Policies[c.Brand];
        var feeInPrices = policy.TerminationFeeWeeks * policy.Price / ctx.Market.ReferencePrice;
        return ctx.Model.FeeBurdenWeight * (0.5 + c.Traits.PriceSensitivity) * feeInPrices / 26;
    }

    /// <summary>
    /// Whether leaving now costs the termination fee. Contracts renew automatically; leaving is free
    /// only in the last <see cref="CancellationWindowWeeks"/> weeks of each term.
    /// </summary>
    public static bool InsideContract(in CustomerState c, StepContext ctx)
    {
        var policy = ctx.Policies[c.Brand];
        var term = (int)policy.ContractWeeks;
        if (policy.TerminationFeeWeeks <= 0 || term <= CancellationWindowWeeks)
        {
            return false;
        }

        var weekOfTerm = (ctx.Tick - c.AcquiredWeek) % term;
        return weekOfTerm < term - CancellationWindowWeeks;
    }
}
