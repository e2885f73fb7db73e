using Simulator.Model.Metrics;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// The brand's NPS survey, as a firm runs it: now and then a customer is invited, and answers or not; who answers
/// depends on how the customer feels, so the surveyed NPS is a sample of the willing, not the true score of every
/// customer (Hu, Pavlou &amp; Zhang 2017: extreme experiences are reported more often). Measuring changes nothing:
/// the customer's state is only read.
/// </summary>
public static class NpsSurvey
{
    /// <summary>The probability that an invited customer with this anger and joy answers.</summary>
    public static double ResponseProbability(in CustomerState c, StepContext ctx)
    {
        var m = ctx.Model;
        return Math.Clamp(m.SurveyResponse + m.SurveyAngerResponse * c.Anger + m.SurveyJoyResponse * c.Joy, 0, 1);
    }

    /// <summary>Invites the customer with the model's weekly probability and records the answer, if any.</summary>
    public static void Ask(in CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        // A customer who bought this week (a switcher, after its review) has not yet lived a week with the brand.
        if (!c.IsCustomer
            || c.AcquiredWeek == ctx.Tick
            || !random.Chance(ctx.Model.SurveyInvitationRate, ctx.Tick, DrawPurpose.Survey, 0)
            || !random.Chance(ResponseProbability(c, ctx), ctx.Tick, DrawPurpose.Survey, 1))
        {
            return;
        }

        int brand = c.Brand;
        recorder.Count(brand, Counter.SurveyResponses);
        var score = c.LikelihoodToRecommend;
        if (score >= Advocacy.PromoterScore)
        {
            recorder.Count(brand, Counter.SurveyPromoters);
        }
        else if (score <= Advocacy.DetractorScore)
        {
            recorder.Count(brand, Counter.SurveyDetractors);
        }

        recorder.Note(LifeEvent.AnsweredSurvey, brand);
    }
}
