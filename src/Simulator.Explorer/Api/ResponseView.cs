namespace Simulator.Explorer.Api;

/// <summary>A response a brand's rule decided (docs/model.md 4.2), as the page shows it.</summary>
/// <param name="DecidedWeek">The week the brand reacted to.</param>
/// <param name="EffectiveWeek">The first week its changes act.</param>
/// <param name="Brand">The brand that responds.</param>
/// <param name="Rule">The rule's JSON name.</param>
/// <param name="Reason">What it saw and what it does.</param>
public sealed record ResponseView(int DecidedWeek, int EffectiveWeek, string Brand, string Rule, string Reason);
