namespace Simulator.Experiments.Calibration;

/// <summary>An observed retention table could not be read; <see cref="Errors"/> lists every problem, each naming the file, the line and the allowed values.</summary>
public sealed class RetentionTableException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public RetentionTableException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with one message.</summary>
    public RetentionTableException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one message and its cause.</summary>
    public RetentionTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>Creates an exception without problems (for serialisers and analyzers).</summary>
    public RetentionTableException()
        : this("The retention table is not valid.")
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<string> Errors { get; }
}
