using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Lessons;

/// <summary>A lesson file could not be read: every problem, one a line, as <c>file:line: json path: message (allowed: ...)</c>.</summary>
public sealed class LessonException : Exception
{
    /// <summary>Creates an exception for one or more errors.</summary>
    public LessonException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order of the file.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }
}
