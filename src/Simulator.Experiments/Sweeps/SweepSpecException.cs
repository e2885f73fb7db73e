namespace Simulator.Experiments.Sweeps;

/// <summary>
/// A sweep's specification is wrong: a <c>--vary</c> spec that does not parse, a range that is
/// empty or too large, a path or value the scenario does not accept. The message names the spec
/// and says what is allowed.
/// </summary>
public sealed class SweepSpecException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public SweepSpecException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public SweepSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public SweepSpecException()
        : base("The sweep specification is not valid.")
    {
    }
}
