using Simulator.Model.Customers;
using Simulator.Model.Engine;

namespace Simulator.Model.Metrics;

/// <summary>Turns weekly aggregates into tidy rows.</summary>
public static class MetricsTable
{
    /// <summary>The segment name used for rows over the whole population.</summary>
    public const string AllSegments = "all";

    /// <summary>Every row of a run: per replicate, week, brand, and segment ("all" first, then each segment).</summary>
    public static IEnumerable<MetricsRow> Rows(SimulationResult result)
    {
        var scenario = result.Scenario;
        foreach (var replicate in result.Replicates)
        {
            for (var t = 0; t < replicate.Ticks.Count; t++)
            {
                var aggregate = replicate.Ticks[t];
                for (var b = 0; b < aggregate.Brands; b++)
                {
                    var brand = scenario.Brands[b].Name;
                    yield return Row(aggregate, replicate.Replicate, t, b, brand, -1, AllSegments);
                    for (var s = 0; s < aggregate.Segments; s++)
                    {
                        yield return Row(aggregate, replicate.Replicate, t, b, brand, s, scenario.Segments[s].Name);
                    }
                }
            }
        }
    }

    /// <summary>The row of brand <paramref name="brand"/> and segment <paramref name="segment"/> (-1 for all) of one aggregate.</summary>
    public static MetricsRow Row(TickAggregate a, int replicate, int week, int brand, string brandName, int segment, string segmentName)
    {
        long M(Measure m) => segment < 0 ? a.Total(brand, m) : a.Get(brand, segment, m);
        long C(Counter c) => segment < 0 ? a.Total(brand, c) : a.Get(brand, segment, c);
        long N(Counter c) => C(c) / FixedPoint.Scale;
        double Money(Counter c) => FixedPoint.ToDouble(C(c));

        var customers = M(Measure.Onboarding) + M(Measure.Active);
        double Mean(Measure m) => customers == 0 ? 0 : FixedPoint.ToDouble(M(m)) / customers;
        var promoters = M(Measure.Promoters);
        var detractors = M(Measure.Detractors);
        return new MetricsRow
        {
            Replicate = replicate,
            Week = week,
            Brand = brandName,
            Segment = segmentName,
            Prospects = M(Measure.Prospects),
            Aware = M(Measure.Aware),
            Considering = M(Measure.Considering),
            Onboarding = M(Measure.Onboarding),
            Active = M(Measure.Active),
            Churned = M(Measure.Churned),
            Acquisitions = N(Counter.Acquisitions),
            WinBacks = N(Counter.WinBacks),
            ChurnDissatisfied = N(Counter.ChurnDissatisfied),
            ChurnSwitched = N(Counter.ChurnSwitched),
            ChurnNeedEnded = N(Counter.ChurnNeedEnded),
            Trapped = N(Counter.Trapped),
            Promoters = promoters,
            Passives = M(Measure.Passives),
            Detractors = detractors,
            Nps = customers == 0 ? 0 : 100.0 * (promoters - detractors) / customers,
            SurveyResponses = N(Counter.SurveyResponses),
            SurveyPromoters = N(Counter.SurveyPromoters),
            SurveyDetractors = N(Counter.SurveyDetractors),
            WordOfMouthPositive = N(Counter.WordOfMouthPositive),
            WordOfMouthNegative = N(Counter.WordOfMouthNegative),
            Complaints = N(Counter.Complaints),
            RevengeActs = N(Counter.RevengeActs),
            FeedbackRequested = N(Counter.FeedbackRequested),
            FeedbackGiven = N(Counter.FeedbackGiven),
            FeedbackActed = N(Counter.FeedbackActed),
            ProcessKnowledge = a.GetGauge(brand, BrandGauge.ProcessKnowledge),
            Incidents = N(Counter.Incidents),
            ServiceContacts = N(Counter.ServiceContacts),
            ProblemsResolved = N(Counter.ProblemsResolved),
            WithOpenProblem = M(Measure.WithOpenProblem),
            MeanTrust = Mean(Measure.TrustSum),
            MeanSatisfaction = Mean(Measure.SatisfactionSum),
            MeanAnger = Mean(Measure.AngerSum),
            MeanJoy = Mean(Measure.JoySum),
            MeanExpectation = Mean(Measure.ExpectationSum),
            Revenue = Money(Counter.Revenue),
            TerminationFees = Money(Counter.TerminationFees),
            AcquisitionCost = Money(Counter.AcquisitionCost),
            ServiceCost = Money(Counter.ServiceCost),
            LeverCost = Money(Counter.LeverCost),
            UnitCost = Money(Counter.UnitCost),
            AdImpressions = N(Counter.AdImpressions),
            MarketingContacts = N(Counter.MarketingContacts),
            Touchpoints = Touchpoints(a, brand, segment),
        };
    }

    private static TouchpointCounts Touchpoints(TickAggregate a, int brand, int segment)
    {
        var counts = new long[TouchpointKinds.Count];
        var (first, last) = segment < 0 ? (0, a.Segments - 1) : (segment, segment);
        foreach (var kind in TouchpointKinds.All)
        {
            for (var s = first; s <= last; s++)
            {
                counts[(int)kind] += a.GetTouchpoint(brand, s, kind, 0);
            }
        }

        return new TouchpointCounts(counts);
    }
}
