namespace Simulator.Explorer.Api;

/// <summary>A lever moved during the run: from <paramref name="Week"/> on, <paramref name="Brand"/>'s <paramref name="Lever"/> is <paramref name="Value"/>.</summary>
/// <param name="Week">First week the value applies.</param>
/// <param name="Brand">The brand whose lever moved.</param>
/// <param name="Lever">The lever's name.</param>
/// <param name="Value">The new value.</param>
public sealed record InterventionView(int Week, string Brand, string Lever, double Value);
