namespace Simulator.Model.Customers;

/// <summary>
/// How a customer takes in an experience: the expectation-disconfirmation rule (Oliver 1980) with
/// a zone of tolerance (Zeithaml, Berry &amp; Parasuraman 1993), asymmetric trust (Slovic 1993) and
/// emotions (joy, anger) as in the Romanian CEM article.
/// </summary>
public static class Perception
{
    /// <summary>
    /// Applies one experience of performance <paramref name="performance"/> with brand
    /// <paramref name="brand"/> and records the touchpoint. Returns the anger it caused.
    /// Only touchpoints that show what the product and service deliver (use, service, complaints)
    /// move expectation; the others are judged against it (<see cref="TouchpointKindSpec.AdaptsExpectation"/>).
    /// </summary>
    public static double Experience(
        ref CustomerState c,
        StepContext ctx,
        int brand,
        TouchpointKind kind,
        double performance,
        IStepRecorder recorder,
        double extraAnger = 0)
    {
        var m = ctx.Model;
        var gap = Math.Clamp(performance, 0, 1) - c.Expectation;
        var anger = extraAnger;
        var trust = (double)c.Trust[brand];
        if (gap > m.ToleranceZone)
        {
            var delight = gap - m.ToleranceZone;
            c.Joy = Clamp01(c.Joy + m.JoyGain * delight);
            trust += m.TrustGain * delight * (1 - trust);
        }
        else if (gap < -m.ToleranceZone)
        {
            var shortfall = -gap - m.ToleranceZone;
            anger += m.AngerGain * shortfall * (1 - m.ForgivenessWeight * c.Traits.Forgiveness);
            trust -= m.TrustLoss * shortfall * trust;
        }

        c.Trust[brand] = Clamp01(trust);
        c.Anger = Clamp01(c.Anger + anger);
        var target = Math.Clamp(m.MetExpectationSatisfaction + m.SatisfactionSlope * gap, 0, 1);
        c.Satisfaction = Clamp01(c.Satisfaction + m.SatisfactionSmoothing * (target - c.Satisfaction));
        if (TouchpointKinds.Of(kind).AdaptsExpectation)
        {
            c.Expectation = Clamp01(c.Expectation + (gap > 0 ? m.ExpectationRise : m.ExpectationFall) * gap);
        }

        recorder.Touchpoint(brand, kind, gap, anger);
        return anger;
    }

    /// <summary>Moves trust in <paramref name="brand"/> by a signal of strength <paramref name="signal"/> in [-1, 1], asymmetric.</summary>
    public static void ShiftTrust(ref CustomerState c, StepContext ctx, int brand, double signal)
    {
        var trust = (double)c.Trust[brand];
        trust += signal >= 0
            ? ctx.Model.TrustGain * signal * (1 - trust)
            : ctx.Model.TrustLoss * signal * trust;
        c.Trust[brand] = Clamp01(trust);
    }

    /// <summary>
    /// Moves trust by a word-of-mouth signal: up by trustGain · signal · (1 − T), down by trustGain · |signal| · T.
    /// Unlike <see cref="ShiftTrust"/>, a loss is not weighted by trustLossRatio (East, Hammond &amp; Lomax 2008: for
    /// familiar brands negative word of mouth has no more impact than positive; impact follows the room left to move).
    /// </summary>
    public static void ShiftTrustByWord(ref CustomerState c, StepContext ctx, int brand, double signal)
    {
        var trust = (double)c.Trust[brand];
        trust += ctx.Model.TrustGain * signal * (signal >= 0 ? 1 - trust : trust);
        c.Trust[brand] = Clamp01(trust);
    }

    /// <summary>Fades every grudge against a brand left by grudgeDecay.</summary>
    public static void FadeGrudges(ref CustomerState c, StepContext ctx)
    {
        var keep = 1 - ctx.Model.GrudgeDecay;
        for (var b = 0; b < ctx.BrandCount; b++)
        {
            if (c.Grudge[b] > 0)
            {
                c.Grudge[b] = Clamp01(c.Grudge[b] * keep);
            }
        }
    }

    /// <summary>Clamps to [0, 1] and narrows to the stored precision.</summary>
    public static float Clamp01(double value) => (float)Math.Clamp(value, 0, 1);
}
