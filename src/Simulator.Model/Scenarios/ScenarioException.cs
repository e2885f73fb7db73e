namespace Simulator.Model.Scenarios;

/// <summary>
/// A scenario could not be loaded. <see cref="Errors"/> holds every problem found; the message lists them,
/// one a line, as <c>&lt;file&gt;:&lt;line&gt;: &lt;json path&gt;: &lt;message&gt; (allowed: &lt;allowed values&gt;)</c>.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates an exception for one or more errors.</summary>
    public ScenarioException(IEnumerable<ScenarioError> errors)
        : this([.. errors])
    {
    }

    private ScenarioException(ScenarioError[] errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order of the files (the loaded file first) and their lines.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string Describe(ScenarioError[] errors)
    {
        if (errors.Length == 0)
        {
            throw new ArgumentException("A scenario exception needs at least one error.", nameof(errors));
        }

        return string.Join('\n', errors.Select(e => e.ToString()));
    }
}
