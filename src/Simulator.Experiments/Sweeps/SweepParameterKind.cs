namespace Simulator.Experiments.Sweeps;

/// <summary>How a varied parameter's values were given.</summary>
public enum SweepParameterKind
{
    /// <summary><c>PATH=FROM:TO:STEP</c> (or <c>PATH=FROM:TO</c> for a Latin hypercube).</summary>
    Range,

    /// <summary><c>PATH=v1,v2,v3</c>.</summary>
    List,
}
