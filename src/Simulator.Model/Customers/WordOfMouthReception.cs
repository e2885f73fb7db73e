using Simulator.Model.Market;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// What hearing a peer does: a recommendation may make the brand known (imitation), raises trust
/// (peers are trusted more than the brand's own messages: Nielsen 2015) and raises expectations;
/// a warning lowers trust, and more than a recommendation raises it (trust asymmetry).
/// </summary>
public static class WordOfMouthReception
{
    /// <summary>Takes in last week's messages, already sorted by sender.</summary>
    public static void Listen(ref CustomerState c, StepContext ctx, ReadOnlySpan<WordOfMouth> inbox, CounterRandom random, IStepRecorder recorder)
    {
        var m = ctx.Model;
        for (var i = 0; i < inbox.Length; i++)
        {
            var message = inbox[i];
            int b = message.Brand;
            if (message.Positive)
            {
                recorder.Note(LifeEvent.HeardRecommendation, b);
                if (!c.Knows(b) && random.Chance(m.Persuasion, ctx.Tick, DrawPurpose.Persuasion, i))
                {
                    c.Awareness |= (byte)(1 << b);
                    recorder.Note(LifeEvent.AwareFromPeer, b);
                }

                Perception.ShiftTrust(ref c, ctx, b, ctx.Model.PeerTrustSignal);
                c.Expectation = Perception.Clamp01(c.Expectation + m.PeerExpectationPull * (1 - c.Expectation));
            }
            else
            {
                recorder.Note(LifeEvent.HeardWarning, b);
                Perception.ShiftTrust(ref c, ctx, b, -ctx.Model.PeerTrustSignal);
            }
        }
    }
}
