namespace Simulator.Model.Metrics;

/// <summary>
/// The NPS a survey reports, with its sampling interval: NPS = 100 (p − d) from the shares p of promoters and d of
/// detractors among n answers, whose variance is 100² (p + d − (p − d)²) / n (the difference of two shares of one
/// multinomial sample); the 95% interval is the normal one, ± 1.96 standard errors, clipped to [−100, 100].
/// </summary>
/// <param name="Responses">Answers pooled.</param>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
public readonly record struct SurveyEstimate(long Responses, long Promoters, long Detractors)
{
    /// <summary>The z value of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The reported NPS in points (NaN without answers).</summary>
    public double Nps => Responses == 0 ? double.NaN : 100.0 * (Promoters - Detractors) / Responses;

    /// <summary>The standard error of <see cref="Nps"/> in points (NaN without answers).</summary>
    public double StandardError
    {
        get
        {
            if (Responses == 0)
            {
                return double.NaN;
            }

            double p = (double)Promoters / Responses, d = (double)Detractors / Responses;
            return 100 * Math.Sqrt(Math.Max(0, p + d - (p - d) * (p - d)) / Responses);
        }
    }

    /// <summary>The lower bound of the 95% sampling interval.</summary>
    public double Low => Math.Max(-100, Nps - Z95 * StandardError);

    /// <summary>The upper bound of the 95% sampling interval.</summary>
    public double High => Math.Min(100, Nps + Z95 * StandardError);

    /// <summary>Pools the survey counters of <paramref name="brand"/> over <paramref name="ticks"/>.</summary>
    public static SurveyEstimate Of(IEnumerable<TickAggregate> ticks, int brand)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        long responses = 0, promoters = 0, detractors = 0;
        foreach (var t in ticks)
        {
            responses += t.Total(brand, Counter.SurveyResponses);
            promoters += t.Total(brand, Counter.SurveyPromoters);
            detractors += t.Total(brand, Counter.SurveyDetractors);
        }

        return new SurveyEstimate(responses / FixedPoint.Scale, promoters / FixedPoint.Scale, detractors / FixedPoint.Scale);
    }
}
