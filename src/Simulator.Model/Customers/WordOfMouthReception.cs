using Simulator.Model.Market;
using Simulator.Model.Randomness;

namespace Simulator.Model.Customers;

/// <summary>
/// What hearing a peer does: a recommendation may make the brand known (imitation), raises trust
/// (peers are trusted more than the brand's own messages: Nielsen 2015) and raises expectations;
/// a warning lowers trust, resisted when it is about the listener's own brand, and may strike the brand
/// from the consideration of a listener who is not its customer. Each effect moves trust in proportion to the room left to move,
/// so for a listener whose trust is below one half a recommendation weighs more than a warning
/// (East, Hammond &amp; Lomax 2008).
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

                Perception.ShiftTrustByWord(ref c, ctx, b, m.RecommendationTrustSignal);
                c.Expectation = Perception.Clamp01(c.Expectation + m.PeerExpectationPull * (1 - c.Expectation));
            }
            else
            {
                recorder.Note(LifeEvent.HeardWarning, b);
                var ownBrand = c.Brand == b;
                Perception.ShiftTrustByWord(ref c, ctx, b, -m.WarningTrustSignal * (ownBrand ? 1 - m.OwnBrandWarningResistance : 1));
                if (!ownBrand && c.Knows(b) && random.Chance(m.Dissuasion, ctx.Tick, DrawPurpose.Dissuasion, i))
                {
                    c.Awareness &= (byte)~(1 << b);
                    recorder.Note(LifeEvent.Dissuaded, b);
                }
            }
        }
    }
}
