using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// Likelihood to recommend (Reichheld 2003: 0-10, promoters 9-10, detractors 0-6) and word of mouth:
/// delighted customers tell friends (Russian CEM article), detractors warn, and positive word of
/// mouth is the more frequent (East, Hammond &amp; Wright 2007).
/// </summary>
public static class Advocacy
{
    /// <summary>Lowest score of a promoter.</summary>
    public const int PromoterScore = 9;
    /// <summary>Highest score of a detractor.</summary>
    public const int DetractorScore = 6;

    /// <summary>The likelihood to recommend the current brand, 0-10, from satisfaction, trust and emotions.</summary>
    public static byte Score(in CustomerState c, StepContext ctx, CounterRandom random, int draw = 0)
    {
        var m = ctx.Model;
        var score = 10 * (m.RecommendBase + m.RecommendSatisfactionWeight * c.Satisfaction + m.RecommendTrustWeight * (c.Trust[c.Brand] - 0.5) + m.RecommendJoyWeight * c.Joy - m.RecommendAngerWeight * c.Anger
                          - m.RecommendProblemPenalty * Math.Min(c.UnresolvedProblems, (byte)3)
                          - m.RecommendUnansweredPenalty * Math.Min(c.UnansweredFeedback, (byte)5))
                    + ctx.Model.RecommendationNoise * random.Normal(ctx.Tick, DrawPurpose.Recommendation, draw);
        return (byte)Math.Clamp(Math.Round(score, MidpointRounding.AwayFromZero), 0, 10);
    }

    /// <summary>Scores the current brand and, maybe, tells one peer about it.</summary>
    public static void Talk(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        c.LikelihoodToRecommend = Score(c, ctx, random);
        var degree = ctx.Network.Degree;
        if (degree == 0)
        {
            return;
        }

        var m = ctx.Model;
        var talkativeness = c.Traits.Talkativeness;
        bool positive;
        if (c.LikelihoodToRecommend >= PromoterScore)
        {
            if (!random.Chance(m.RecommendRate * talkativeness * (m.RecommendTalkBase + c.Joy), ctx.Tick, DrawPurpose.Talk))
            {
                return;
            }

            positive = true;
        }
        else if (c.LikelihoodToRecommend <= DetractorScore)
        {
            if (!random.Chance(m.WarnRate * talkativeness * (m.WarnTalkBase + c.Anger), ctx.Tick, DrawPurpose.Talk))
            {
                return;
            }

            positive = false;
        }
        else
        {
            return;
        }

        var peer = ctx.Network.Peer(c.Id, random.Below(degree, ctx.Tick, DrawPurpose.Peer), ctx.Tick, 0);
        recorder.Send(new WordOfMouth(c.Id, peer, (byte)c.Brand, positive));
        recorder.Count(c.Brand, positive ? Counter.WordOfMouthPositive : Counter.WordOfMouthNegative);
        recorder.Note(positive ? LifeEvent.Recommended : LifeEvent.Warned, c.Brand);
    }

    /// <summary>Revenge: a warning about the current brand to every peer.</summary>
    public static void WarnEveryone(in CustomerState c, StepContext ctx, IStepRecorder recorder)
    {
        var degree = ctx.Network.Degree;
        for (var tie = 0; tie < degree; tie++)
        {
            var peer = ctx.Network.Peer(c.Id, tie, ctx.Tick, 1 + tie);
            recorder.Send(new WordOfMouth(c.Id, peer, (byte)c.Brand, false));
            recorder.Count(c.Brand, Counter.WordOfMouthNegative);
        }
    }
}
