namespace Simulator.Experiments.Calibration;

/// <summary>Why an optimisation stopped.</summary>
public enum OptimizationStop
{
    /// <summary>The simplex shrank below the tolerance (and a restart from the best point found nothing better).</summary>
    Converged,

    /// <summary>The evaluation budget was spent.</summary>
    Budget,

    /// <summary>Cancelled; the best point so far is returned.</summary>
    Cancelled,
}
