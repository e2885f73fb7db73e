using Simulator.Model.Brands;
using Simulator.Model.Market;

namespace Simulator.Model.Customers;

/// <summary>
/// One week of one customer's life, the model's Step: feelings fade; word of mouth heard last week
/// lands; needs start and end; brands get noticed; a considering customer may buy; a customer
/// lives the week's touchpoints, scores the brand, may talk, and may leave. Every engine calls this
/// and only this, so the Orleans engine and the reference engine agree to the byte.
/// </summary>
public static class CustomerStep
{
    /// <summary>Advances <paramref name="c"/> by one week.</summary>
    public static void Advance(ref CustomerState c, StepContext ctx, ReadOnlySpan<WordOfMouth> inbox, IStepRecorder recorder)
    {
        var random = ctx.RandomFor(c.Id);
        var m = ctx.Model;
        c.Joy = Perception.Clamp01(c.Joy * (1 - m.JoyDecay));
        c.Anger = Perception.Clamp01(c.Anger * (1 - m.AngerDecay));
        Perception.FadeGrudges(ref c, ctx);

        WordOfMouthReception.Listen(ref c, ctx, inbox, random, recorder);
        Needs.Advance(ref c, ctx, random, recorder);
        Awareness.Notice(ref c, ctx, random, recorder);
        if (c.Stage == LifecycleStage.Considering && c.HasNeed)
        {
            Choice.Consider(ref c, ctx, random, recorder);
        }

        if (!c.IsCustomer || c.AcquiredWeek == ctx.Tick)
        {
            return;
        }

        Journey.LiveWeek(ref c, ctx, random, recorder);
        Advocacy.Talk(ref c, ctx, random, recorder);
        Retention.Review(ref c, ctx, random, recorder);
        NpsSurvey.Ask(c, ctx, random, recorder);
    }
}
