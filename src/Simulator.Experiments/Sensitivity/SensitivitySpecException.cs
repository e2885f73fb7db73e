namespace Simulator.Experiments.Sensitivity;

/// <summary>A sensitivity analysis cannot be set up as asked; the message names the option and what is allowed.</summary>
public sealed class SensitivitySpecException(string message) : Exception(message);
