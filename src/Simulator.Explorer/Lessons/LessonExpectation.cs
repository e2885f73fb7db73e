namespace Simulator.Explorer.Lessons;

/// <summary>What an article leads one to expect of a measure in arm B against arm A at the end of a lesson's run.</summary>
/// <param name="Measure">The measure's name (<see cref="LessonMeasures.All"/>).</param>
/// <param name="Direction">"higher" or "lower": B's value against A's.</param>
public sealed record LessonExpectation(string Measure, string Direction)
{
    /// <summary>The directions allowed.</summary>
    public static IReadOnlyList<string> Directions { get; } = ["higher", "lower"];
}
