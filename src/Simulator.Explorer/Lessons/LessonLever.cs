namespace Simulator.Explorer.Lessons;

/// <summary>A lever a lesson sets in arm B from week 0.</summary>
/// <param name="Brand">The brand's name in the scenario.</param>
/// <param name="Lever">The lever's name.</param>
/// <param name="Value">Its value.</param>
public sealed record LessonLever(string Brand, string Lever, double Value);
