using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Api;

/// <summary>One arm of a session as the page sees it.</summary>
/// <param name="Name">"A" or "B".</param>
/// <param name="Levers">Every lever's value from the next week on (null while preparing).</param>
/// <param name="Interventions">Levers moved so far.</param>
/// <param name="Points">The weeks asked for (from <c>since</c> on).</param>
/// <param name="Responses">The responses the brands' rules have decided so far.</param>
public sealed record ArmView(string Name, IReadOnlyDictionary<string, double>? Levers, IReadOnlyList<InterventionView> Interventions, IReadOnlyList<WeekPoint> Points, IReadOnlyList<ResponseView> Responses);
