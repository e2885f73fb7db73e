namespace Simulator.Explorer.Lessons;

/// <summary>A lesson's session as the page shows it: the lesson, and what the run showed so far (null before the first week).</summary>
/// <param name="Lesson">The lesson.</param>
/// <param name="Outcome">The outcome at the last week both arms have run, or null.</param>
/// <param name="Finished">Whether the run is over (the page reveals the outcome then).</param>
public sealed record LessonView(Lesson Lesson, LessonOutcome? Outcome, bool Finished);
