namespace Simulator.Model.Scenarios;

/// <summary>How a trait is spread in a segment: a normal with this mean and spread, clipped to [0, 1].</summary>
/// <param name="Mean">The mean, in [0, 1].</param>
/// <param name="Spread">The standard deviation, in [0, 0.5].</param>
public sealed record TraitDistribution(double Mean, double Spread)
{
    /// <summary>The trait names, in the order of <see cref="Customers.Traits"/>.</summary>
    public static IReadOnlyList<string> TraitNames { get; } =
        ["privacySensitivity", "forgiveness", "talkativeness", "priceSensitivity", "effortTolerance"];

    /// <summary>Largest allowed spread.</summary>
    public const double MaxSpread = 0.5;
}
