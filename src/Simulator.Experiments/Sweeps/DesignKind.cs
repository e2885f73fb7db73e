namespace Simulator.Experiments.Sweeps;

/// <summary>How the points of a sweep are chosen.</summary>
public enum DesignKind
{
    /// <summary>Every combination of every parameter's values.</summary>
    Factorial,

    /// <summary>A Latin hypercube sample over each parameter's range (McKay, Beckman &amp; Conover 1979).</summary>
    LatinHypercube,

    /// <summary>Points given by another design (a Morris or Sobol sensitivity design), in the order given.</summary>
    Given,
}
