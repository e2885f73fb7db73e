using Simulator.Model.Customers;

namespace Simulator.Model.Metrics;

/// <summary>
/// Everything measured in one week of one replicate, as integers: per brand and segment, the
/// <see cref="Measure"/> values, the <see cref="Counter"/> totals (fixed point), the touchpoints by
/// kind (count, gap sum, anger sum), and the customers still with the brand by acquisition week.
/// Aggregates of disjoint customer sets add up exactly, in any order.
/// </summary>
public sealed class TickAggregate
{
    /// <summary>Values per touchpoint kind: count, gap sum, anger sum.</summary>
    public const int TouchpointFields = 3;

    private static readonly int MeasureCount = Enum.GetValues<Measure>().Length;
    private static readonly int CounterCount = Enum.GetValues<Counter>().Length;

    /// <summary>Number of brand gauges per brand.</summary>
    public static readonly int GaugeCount = Enum.GetValues<BrandGauge>().Length;

    /// <summary>Creates an empty aggregate.</summary>
    public TickAggregate(int brands, int segments, int weeks)
    {
        Brands = brands;
        Segments = segments;
        Weeks = weeks;
        Cells = new long[brands * segments * (MeasureCount + CounterCount)];
        Touchpoints = new long[brands * segments * TouchpointKinds.Count * TouchpointFields];
        Cohorts = new long[brands * segments * (weeks + 1)];
        Gauges = new long[brands * GaugeCount];
    }

    /// <summary>Rebuilds an aggregate from its arrays (e.g. after crossing the wire).</summary>
    public TickAggregate(int brands, int segments, int weeks, long[] cells, long[] touchpoints, long[] cohorts, long[] gauges)
    {
        Brands = brands;
        Segments = segments;
        Weeks = weeks;
        Cells = cells;
        Touchpoints = touchpoints;
        Cohorts = cohorts;
        Gauges = gauges;
    }

    /// <summary>Number of brands.</summary>
    public int Brands { get; }
    /// <summary>Number of segments.</summary>
    public int Segments { get; }
    /// <summary>Number of weeks in the run (cohort slots).</summary>
    public int Weeks { get; }
    /// <summary>Measures then counters, per brand and segment.</summary>
    public long[] Cells { get; }
    /// <summary>Touchpoint fields per brand, segment and kind.</summary>
    public long[] Touchpoints { get; }
    /// <summary>Customers of the brand by cohort slot (see <see cref="CohortSlot"/>), per brand and segment.</summary>
    public long[] Cohorts { get; }
    /// <summary>Brand gauges per brand (fixed point), set by the engine at the barrier.</summary>
    public long[] Gauges { get; }

    /// <summary>A brand gauge's value.</summary>
    public double GetGauge(int brand, BrandGauge gauge) => FixedPoint.ToDouble(Gauges[brand * GaugeCount + (int)gauge]);

    /// <summary>Sets a brand gauge (rounded to fixed point, so every engine stores the same number).</summary>
    public void SetGauge(int brand, BrandGauge gauge, double value) => Gauges[brand * GaugeCount + (int)gauge] = FixedPoint.From(value);

    /// <summary>A measure's value.</summary>
    public long Get(int brand, int segment, Measure measure) => Cells[CellIndex(brand, segment) + (int)measure];

    /// <summary>A counter's fixed-point total.</summary>
    public long Get(int brand, int segment, Counter counter) => Cells[CellIndex(brand, segment) + MeasureCount + (int)counter];

    /// <summary>A touchpoint field (0 count, 1 gap sum, 2 anger sum).</summary>
    public long GetTouchpoint(int brand, int segment, TouchpointKind kind, int field) => Touchpoints[TouchpointIndex(brand, segment, kind) + field];

    /// <summary>Customers of the brand in cohort slot <paramref name="slot"/> still with it.</summary>
    public long GetCohort(int brand, int segment, int slot) => Cohorts[(brand * Segments + segment) * (Weeks + 1) + slot];

    /// <summary>Sums a cohort slot over segments.</summary>
    public long TotalCohort(int brand, int slot)
    {
        long total = 0;
        for (var s = 0; s < Segments; s++)
        {
            total += GetCohort(brand, s, slot);
        }

        return total;
    }

    /// <summary>The cohort slot of an acquisition week: 0 for customers from before week 0, else week + 1.</summary>
    public static int CohortSlot(int acquiredWeek) => acquiredWeek < 0 ? 0 : acquiredWeek + 1;

    /// <summary>Sums a measure over segments.</summary>
    public long Total(int brand, Measure measure)
    {
        long total = 0;
        for (var s = 0; s < Segments; s++)
        {
            total += Get(brand, s, measure);
        }

        return total;
    }

    /// <summary>Sums a counter over segments (fixed point).</summary>
    public long Total(int brand, Counter counter)
    {
        long total = 0;
        for (var s = 0; s < Segments; s++)
        {
            total += Get(brand, s, counter);
        }

        return total;
    }

    /// <summary>Adds a counter amount.</summary>
    public void Add(int brand, int segment, Counter counter, double amount) =>
        AddFixed(brand, segment, counter, FixedPoint.From(amount));

    /// <summary>Adds a counter amount already in fixed point.</summary>
    public void AddFixed(int brand, int segment, Counter counter, long amount) =>
        Cells[CellIndex(brand, segment) + MeasureCount + (int)counter] += amount;

    /// <summary>Adds a touchpoint.</summary>
    public void AddTouchpoint(int brand, int segment, TouchpointKind kind, double gap, double anger) =>
        AddTouchpointFixed(brand, segment, kind, 1, FixedPoint.From(gap), FixedPoint.From(anger));

    /// <summary>Adds touchpoints already in fixed point: a count, a gap sum and an anger sum.</summary>
    public void AddTouchpointFixed(int brand, int segment, TouchpointKind kind, long count, long gapSum, long angerSum)
    {
        var i = TouchpointIndex(brand, segment, kind);
        Touchpoints[i] += count;
        Touchpoints[i + 1] += gapSum;
        Touchpoints[i + 2] += angerSum;
    }

    /// <summary>The people of segment <paramref name="segment"/> observed: everyone falls in exactly one stage of the first brand.</summary>
    public long People(int segment) =>
        Get(0, segment, Measure.Prospects) + Get(0, segment, Measure.Aware) + Get(0, segment, Measure.Considering)
        + Get(0, segment, Measure.Onboarding) + Get(0, segment, Measure.Active) + Get(0, segment, Measure.Churned);

    /// <summary>Adds what is observed of one customer at the end of the week, for every brand.</summary>
    public void Observe(in CustomerState c)
    {
        int s = c.Segment;
        for (var b = 0; b < Brands; b++)
        {
            var cell = CellIndex(b, s);
            var bit = 1 << b;
            if (c.Brand == b)
            {
                Cells[cell + (int)(c.Stage == LifecycleStage.Onboarding ? Measure.Onboarding : Measure.Active)]++;
                var score = c.LikelihoodToRecommend;
                var category = score >= Advocacy.PromoterScore ? Measure.Promoters
                    : score <= Advocacy.DetractorScore ? Measure.Detractors
                    : Measure.Passives;
                Cells[cell + (int)category]++;
                Cells[cell + (int)Measure.TrustSum] += FixedPoint.From(c.Trust[b]);
                Cells[cell + (int)Measure.SatisfactionSum] += FixedPoint.From(c.Satisfaction);
                Cells[cell + (int)Measure.AngerSum] += FixedPoint.From(c.Anger);
                Cells[cell + (int)Measure.JoySum] += FixedPoint.From(c.Joy);
                Cells[cell + (int)Measure.ExpectationSum] += FixedPoint.From(c.Expectation);
                if (c.UnresolvedProblems > 0)
                {
                    Cells[cell + (int)Measure.WithOpenProblem]++;
                }

                if (c.AcquiredWeek < Weeks)
                {
                    Cohorts[(b * Segments + s) * (Weeks + 1) + CohortSlot(c.AcquiredWeek)]++;
                }
            }
            else if ((c.EverCustomer & bit) != 0)
            {
                Cells[cell + (int)Measure.Churned]++;
            }
            else if ((c.Awareness & bit) != 0)
            {
                Cells[cell + (int)(c.HasNeed && !c.IsCustomer ? Measure.Considering : Measure.Aware)]++;
            }
            else
            {
                Cells[cell + (int)Measure.Prospects]++;
            }
        }
    }

    /// <summary>Adds another aggregate of the same shape (disjoint customers) into this one; the gauges, which are not sums, stay as they are.</summary>
    public void Add(TickAggregate other)
    {
        AddInto(Cells, other.Cells);
        AddInto(Touchpoints, other.Touchpoints);
        AddInto(Cohorts, other.Cohorts);
    }

    /// <summary>
    /// Takes out another aggregate of the same shape that was added before (a customer-week run again
    /// replaces its earlier contribution): the sums are integers, so what remains is exact. The gauges stay.
    /// </summary>
    public void Subtract(TickAggregate other)
    {
        AddInto(Cells, other.Cells, -1);
        AddInto(Touchpoints, other.Touchpoints, -1);
        AddInto(Cohorts, other.Cohorts, -1);
    }

    /// <summary>An independent copy, gauges included.</summary>
    public TickAggregate Copy() => new(Brands, Segments, Weeks, [.. Cells], [.. Touchpoints], [.. Cohorts], [.. Gauges]);

    /// <summary>Whether two aggregates hold exactly the same numbers.</summary>
    public bool SameAs(TickAggregate other) =>
        Cells.AsSpan().SequenceEqual(other.Cells) &&
        Touchpoints.AsSpan().SequenceEqual(other.Touchpoints) &&
        Cohorts.AsSpan().SequenceEqual(other.Cohorts) &&
        Gauges.AsSpan().SequenceEqual(other.Gauges);

    private static void AddInto(long[] target, long[] source, long sign = 1)
    {
        if (target.Length != source.Length)
        {
            throw new ArgumentException("Aggregates of different shapes cannot be added.");
        }

        for (var i = 0; i < target.Length; i++)
        {
            target[i] += sign * source[i];
        }
    }

    private int CellIndex(int brand, int segment) => (brand * Segments + segment) * (MeasureCount + CounterCount);

    private int TouchpointIndex(int brand, int segment, TouchpointKind kind) =>
        ((brand * Segments + segment) * TouchpointKinds.Count + (int)kind) * TouchpointFields;
}
