using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Sensitivity;

/// <summary>What a sensitivity analysis found for one outcome.</summary>
/// <param name="Outcome">The outcome (a sweep figure of the focal brand).</param>
/// <param name="Base">The outcome at the scenario's own values (mean over replicates).</param>
/// <param name="Morris">The elementary effects of each parameter, in the parameters' order (Morris only), in outcome units per whole plausible range.</param>
/// <param name="Sobol">The Sobol indices (Sobol only).</param>
/// <param name="Tornado">The one-at-a-time swings, in the parameters' order.</param>
/// <param name="Problem">Why no index could be computed (the outcome is undefined at some point), or null.</param>
/// <param name="Used">The Morris trajectories or Sobol base samples the indices rest on: all of them, or those that finished in a stopped analysis.</param>
public sealed record OutcomeSensitivity(
    SweepFigure Outcome,
    double Base,
    IReadOnlyList<MorrisEffect>? Morris,
    SobolResult? Sobol,
    IReadOnlyList<TornadoBar> Tornado,
    string? Problem,
    int Used);
