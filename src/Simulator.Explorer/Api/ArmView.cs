using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Api;

/// <summary>One arm of a session as the page sees it.</summary>
/// <param name="Name">"A" or "B".</param>
/// <param name="Brands">Every brand's levers from the next week on, in the scenario's order (null while preparing).</param>
/// <param name="Interventions">Levers moved so far.</param>
/// <param name="Points">The weeks asked for (from <c>since</c> on): replicate 0's, or the replicates' means.</param>
/// <param name="Bands">The 95% intervals of those means (empty with one replicate).</param>
/// <param name="Responses">The responses the brands' rules have decided so far (replicate 0).</param>
public sealed record ArmView(string Name, IReadOnlyList<BrandLeversView>? Brands, IReadOnlyList<InterventionView> Interventions, IReadOnlyList<WeekPoint> Points, IReadOnlyList<WeekBand> Bands, IReadOnlyList<ResponseView> Responses);
