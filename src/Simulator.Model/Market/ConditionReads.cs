namespace Simulator.Model.Market;

/// <summary>
/// Which market conditions one customer's week read, as a set of (brand, condition) bits: what an
/// engine that runs weeks ahead on predicted conditions compares to know whether a week must run
/// again once the actual conditions are known. A week that did not read a condition cannot have
/// depended on it, so only the bits read are compared.
/// </summary>
public static class ConditionReads
{
    /// <summary>Bits per brand: one per <see cref="MarketCondition"/>.</summary>
    public const int PerBrand = 3;

    /// <summary>Every (brand, condition) bit.</summary>
    public const ushort All = (1 << (PerBrand * MarketLimits.MaxBrands)) - 1;

    /// <summary>The bit of <paramref name="condition"/> of brand <paramref name="brand"/>.</summary>
    public static ushort Bit(int brand, MarketCondition condition) => (ushort)(1 << (brand * PerBrand + (int)condition));

    /// <summary>
    /// The (brand, condition) bits whose values differ between <paramref name="used"/> and
    /// <paramref name="actual"/>, compared bit for bit (a week reads the exact double).
    /// </summary>
    public static ushort Changed(ReadOnlySpan<BrandConditions> used, ReadOnlySpan<BrandConditions> actual)
    {
        if (used.Length != actual.Length)
        {
            return All;
        }

        ushort changed = 0;
        for (var b = 0; b < used.Length; b++)
        {
            if (Differs(used[b].Overload, actual[b].Overload))
            {
                changed |= Bit(b, MarketCondition.Overload);
            }

            if (Differs(used[b].CustomerShare, actual[b].CustomerShare))
            {
                changed |= Bit(b, MarketCondition.CustomerShare);
            }

            if (Differs(used[b].ProcessKnowledge, actual[b].ProcessKnowledge))
            {
                changed |= Bit(b, MarketCondition.ProcessKnowledge);
            }
        }

        return changed;
    }

    private static bool Differs(double a, double b) => BitConverter.DoubleToInt64Bits(a) != BitConverter.DoubleToInt64Bits(b);
}
