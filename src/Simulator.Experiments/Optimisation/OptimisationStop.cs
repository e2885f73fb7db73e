namespace Simulator.Experiments.Optimisation;

/// <summary>Why a search stopped.</summary>
public enum OptimisationStop
{
    /// <summary>The evaluations allowed were spent.</summary>
    Budget,

    /// <summary>The sampling distribution shrank below the tolerance.</summary>
    Converged,

    /// <summary>Stopped from outside (Ctrl+C): what finished is kept.</summary>
    Cancelled,
}
