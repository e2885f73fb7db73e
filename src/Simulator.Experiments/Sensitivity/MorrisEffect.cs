namespace Simulator.Experiments.Sensitivity;

/// <summary>The elementary effects of one input over the trajectories.</summary>
/// <param name="MuStar">The mean absolute effect: how much the input matters.</param>
/// <param name="Mu">The mean signed effect (effects of both signs cancel in it).</param>
/// <param name="Sigma">The standard deviation of the effects: how much the effect depends on the other inputs (interactions, non-linearity).</param>
public readonly record struct MorrisEffect(double MuStar, double Mu, double Sigma);
