namespace Simulator.Model.Market;

/// <summary>Hard limits of the model's market representation.</summary>
public static class MarketLimits
{
    /// <summary>The most brands a scenario may have (per-brand trust is stored inline).</summary>
    public const int MaxBrands = 4;

    /// <summary>The fewest brands: the focal brand and at least one competitor.</summary>
    public const int MinBrands = 2;
}
