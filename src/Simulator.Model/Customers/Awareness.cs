using Simulator.Model.Brands;
using Simulator.Model.Randomness;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Customers;

/// <summary>
/// How customers come to know brands: advertising (the Bass innovation coefficient p) and, in a
/// well-mixed market, imitation of last week's customers (q x F). On the small-world network
/// imitation travels as recommendations instead (see <see cref="WordOfMouthReception"/>).
/// </summary>
public static class Awareness
{
    /// <summary>Draws this week's advertising impressions and imitation for every brand.</summary>
    public static void Notice(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        var wellMixed = ctx.Scenario.Network.Kind == NetworkKind.WellMixed;
        for (var b = 0; b < ctx.BrandCount; b++)
        {
            var reach = RelationshipBudget.AdvertisingReach(ctx.Policies[b], ctx.Market);
            var imitation = wellMixed ? ctx.Market.ImitationPerWeek * ctx.CustomerShare(b, recorder) : 0;
            if (reach <= 0 && imitation <= 0)
            {
                continue;
            }

            // One draw for both channels, so the weekly hazard is exactly p + qF as in Bass (1969).
            var u = random.Uniform(ctx.Tick, DrawPurpose.Advertising, b);
            if (u < reach)
            {
                recorder.Count(b, Metrics.Counter.AdImpressions);
                if (!c.Knows(b))
                {
                    c.Awareness |= (byte)(1 << b);
                    recorder.Note(LifeEvent.AwareFromAdvertising, b);
                }
            }
            else if (!c.Knows(b) && u < reach + imitation)
            {
                c.Awareness |= (byte)(1 << b);
                recorder.Note(LifeEvent.AwareFromImitation, b);
            }
        }
    }
}
