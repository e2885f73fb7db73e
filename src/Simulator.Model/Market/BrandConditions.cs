namespace Simulator.Model.Market;

/// <summary>
/// What a brand's customers meet this week because of last week's market as a whole: computed
/// from the aggregates of week t - 1 only, so every engine sees the same values (the tick barrier).
/// </summary>
/// <param name="Overload">Service demand above capacity last week, as a ratio (0 = within capacity, at most 3).</param>
/// <param name="CustomerShare">The brand's customers as a share of the population last week (Bass F).</param>
/// <param name="ProcessKnowledge">What the brand had learned from its root-cause fixes by then (<see cref="Brands.ProcessLearning"/>).</param>
public readonly record struct BrandConditions(double Overload, double CustomerShare, double ProcessKnowledge = 0)
{
    /// <summary>The most overload the model takes into account.</summary>
    public const double MaxOverload = 3;

    /// <summary>Conditions from last week's service demand, capacity, customer count and process knowledge.</summary>
    public static BrandConditions From(long serviceDemand, double capacity, long customers, int population, double processKnowledge = 0)
    {
        double overload;
        if (capacity <= 0)
        {
            overload = serviceDemand > 0 ? MaxOverload : 0;
        }
        else
        {
            overload = Math.Clamp(serviceDemand / capacity - 1, 0, MaxOverload);
        }

        return new BrandConditions(overload, population > 0 ? (double)customers / population : 0, processKnowledge);
    }
}
