namespace Simulator.Model.Brands;

/// <summary>A brand in the market: its name, where it starts, and its policy at week 0.</summary>
/// <param name="Name">Display name, unique in the scenario.</param>
/// <param name="InitialShare">Share of the population that are its customers at week 0.</param>
/// <param name="InitialAwareness">Share of the population that know the brand at week 0.</param>
/// <param name="Policy">Its policy at week 0 (the schedule may change it later).</param>
public sealed record BrandSpec(string Name, double InitialShare, double InitialAwareness, BrandPolicy Policy)
{
    /// <summary>The rules by which the brand responds to what the market does (<c>brands.NAME.responses</c>); none by default.</summary>
    public IReadOnlyList<Responses.ResponseRule> Responses { get; init; } = [];
}
