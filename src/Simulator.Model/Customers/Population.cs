using Simulator.Model.Randomness;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Customers;

/// <summary>Creates the customers of a replicate at week 0, each a pure function of (seed, replicate, id).</summary>
public static class Population
{
    /// <summary>The tick used for draws that set up the population: far before any burn-in week.</summary>
    public const int SetupTick = int.MinValue;

    /// <summary>The longest tenure drawn for customers already with a brand at week 0.</summary>
    public const int MaxInitialTenureWeeks = 104;

    /// <summary>Creates customer <paramref name="id"/> of <paramref name="replicate"/>.</summary>
    public static CustomerState Create(Scenario scenario, int replicate, int id)
    {
        var random = CounterRandom.For(scenario.Seed, replicate, id);
        var segmentIndex = DrawSegment(scenario, random);
        var segment = scenario.Segments[segmentIndex];
        var c = new CustomerState
        {
            Id = id,
            Segment = (byte)segmentIndex,
            Traits = DrawTraits(segment, random),
            Stage = LifecycleStage.Prospect,
            Brand = -1,
            FormerBrand = -1,
            Expectation = (float)segment.InitialExpectation,
            Satisfaction = (float)scenario.Model.MetExpectationSatisfaction,
        };

        for (var b = 0; b < scenario.Brands.Count; b++)
        {
            c.Trust[b] = (float)segment.InitialTrust;
            if (random.Chance(scenario.Brands[b].InitialAwareness, SetupTick, DrawPurpose.InitialCustomer, 16 + b))
            {
                c.Awareness |= (byte)(1 << b);
            }
        }

        var u = random.Uniform(SetupTick, DrawPurpose.InitialCustomer);
        var cumulative = 0.0;
        for (var b = 0; b < scenario.Brands.Count; b++)
        {
            cumulative += scenario.Brands[b].InitialShare;
            if (u < cumulative)
            {
                MakeCustomer(ref c, scenario, segment, b, random);
                return c;
            }
        }

        if (random.Chance(segment.InitialNeedShare, SetupTick, DrawPurpose.InitialNeed))
        {
            Needs.Start(ref c, segment, random, SetupTick);
            c.Stage = LifecycleStage.Considering;
        }

        return c;
    }

    private static void MakeCustomer(ref CustomerState c, Scenario scenario, SegmentSpec segment, int brand, CounterRandom random)
    {
        var bit = (byte)(1 << brand);
        c.Awareness |= bit;
        c.EverCustomer |= bit;
        c.Brand = (sbyte)brand;
        c.Stage = LifecycleStage.Active;
        c.AcquiredWeek = (short)-(scenario.BurnInWeeks + 1 + random.Below(MaxInitialTenureWeeks, SetupTick, DrawPurpose.InitialNeed, 1));
        c.Trust[brand] = (float)Math.Clamp(0.5 * (segment.InitialTrust + scenario.Brands[brand].Policy.StructuralTrustworthiness), 0, 1);
        c.LikelihoodToRecommend = 7;
        Needs.Start(ref c, segment, random, SetupTick);
    }

    private static int DrawSegment(Scenario scenario, CounterRandom random)
    {
        var total = scenario.Segments.Sum(s => s.Share);
        var u = random.Uniform(SetupTick, DrawPurpose.Segment) * total;
        var cumulative = 0.0;
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            cumulative += scenario.Segments[s].Share;
            if (u < cumulative)
            {
                return s;
            }
        }

        return scenario.Segments.Count - 1;
    }

    /// <summary>The smallest fickleness drawn: a need then lasts at most a thousand times its segment's mean.</summary>
    public const double MinFickleness = 0.001;

    /// <summary>The largest fickleness drawn.</summary>
    public const double MaxFickleness = 1000;

    private static Traits DrawTraits(SegmentSpec segment, CounterRandom random)
    {
        float Draw(int trait)
        {
            var d = segment.Traits[trait];
            return (float)Math.Clamp(d.Mean + d.Spread * random.Normal(SetupTick, DrawPurpose.Trait, trait), 0, 1);
        }

        return new Traits(Draw(0), Draw(1), Draw(2), Draw(3), Draw(4), DrawFickleness(segment.LoyaltyHeterogeneity, random));
    }

    /// <summary>
    /// A gamma multiplier with mean 1 and variance <paramref name="heterogeneity"/> (shape 1 / heterogeneity),
    /// kept within [<see cref="MinFickleness"/>, <see cref="MaxFickleness"/>]; exactly 1 with no heterogeneity.
    /// </summary>
    public static float DrawFickleness(double heterogeneity, CounterRandom random)
    {
        // Below a variance of 1e-9 the draw would be 1 to float precision; a subnormal variance would overflow the shape.
        if (!(heterogeneity > 1e-9))
        {
            return 1f;
        }

        var shape = 1 / heterogeneity;
        var draw = random.Gamma(shape, SetupTick, DrawPurpose.Fickleness) / shape;
        return double.IsFinite(draw) ? (float)Math.Clamp(draw, MinFickleness, MaxFickleness) : 1f;
    }
}
