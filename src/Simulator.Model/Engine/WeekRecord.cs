using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>Everything that happened to one customer in one week: the raw material of an explanation.</summary>
/// <param name="Week">The week (0-based).</param>
/// <param name="Before">State at the start of the week.</param>
/// <param name="After">State at the end of the week.</param>
/// <param name="Heard">Word of mouth heard this week (sent last week), in sender order.</param>
/// <param name="Events">Life events, in the order they happened.</param>
/// <param name="Touchpoints">Touchpoints, in the order they happened.</param>
/// <param name="Counters">Metric contributions.</param>
/// <param name="Sent">Word of mouth sent this week.</param>
public sealed record WeekRecord(
    int Week,
    CustomerState Before,
    CustomerState After,
    IReadOnlyList<WordOfMouth> Heard,
    IReadOnlyList<(LifeEvent Event, int Brand)> Events,
    IReadOnlyList<TouchpointEntry> Touchpoints,
    IReadOnlyList<CounterEntry> Counters,
    IReadOnlyList<WordOfMouth> Sent);
