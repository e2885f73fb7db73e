namespace Simulator.Experiments.Calibration;

/// <summary>How a fitted parameter's range is mapped onto [0, 1] for the optimiser.</summary>
public enum ParameterScale
{
    /// <summary>Evenly: 0.5 is the middle of the range.</summary>
    Linear,

    /// <summary>Evenly in the logarithm, for positive ranges spanning two orders of magnitude or more (e.g. 1 to 10,000 weeks): 0.5 is the geometric middle.</summary>
    Log,
}
