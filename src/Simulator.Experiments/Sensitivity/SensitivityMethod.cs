namespace Simulator.Experiments.Sensitivity;

/// <summary>How a sensitivity analysis samples the parameters and what it estimates.</summary>
public enum SensitivityMethod
{
    /// <summary>Morris elementary effects: cheap screening of many parameters (mu*, sigma).</summary>
    Morris,

    /// <summary>Sobol variance-based indices: first-order and total shares of the outcome's variance, for a few parameters.</summary>
    Sobol,
}
