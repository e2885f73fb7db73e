using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Lessons;

/// <summary>A figure a lesson's outcome reports for each arm, read from a week's point.</summary>
/// <param name="Name">The name lessons use.</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Unit">How the values read.</param>
/// <param name="DifferenceUnit">How a difference between two values reads (percentage points for a percentage).</param>
/// <param name="Read">The figure in a week's point, in <paramref name="Unit"/>.</param>
public sealed record LessonMeasure(string Name, string Label, string Unit, string DifferenceUnit, Func<WeekPoint, double> Read);
