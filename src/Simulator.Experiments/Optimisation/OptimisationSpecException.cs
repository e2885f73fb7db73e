namespace Simulator.Experiments.Optimisation;

/// <summary>An optimisation was asked for wrongly: the message names the option and what is allowed.</summary>
public sealed class OptimisationSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OptimisationSpecException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public OptimisationSpecException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public OptimisationSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
