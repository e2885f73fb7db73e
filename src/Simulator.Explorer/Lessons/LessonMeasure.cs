using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Lessons;

/// <summary>A figure a lesson's outcome reports for each arm, read from a week's point.</summary>
/// <param name="Name">The name lessons use.</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Unit">How the values and the difference read.</param>
/// <param name="Read">The figure in a week's point, in <paramref name="Unit"/>.</param>
public sealed record LessonMeasure(string Name, string Label, string Unit, Func<WeekPoint, double> Read);
