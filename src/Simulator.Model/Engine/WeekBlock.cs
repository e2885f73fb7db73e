using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>Weeks just run by a stepper: the first one's number (negative during burn-in) and each week's aggregate.</summary>
/// <param name="FirstTick">The first week of the block.</param>
/// <param name="Weeks">One aggregate per week, in order.</param>
public sealed record WeekBlock(int FirstTick, IReadOnlyList<TickAggregate> Weeks);
