using Simulator.Model.Brands;

namespace Simulator.Explorer.Sessions;

/// <summary>A lever set at week 0, before a session's first week: what a lesson prepares.</summary>
/// <param name="Arm">"A" or "B".</param>
/// <param name="Brand">The brand's index in the scenario.</param>
/// <param name="Lever">The lever.</param>
/// <param name="Value">Its value from week 0 on.</param>
public sealed record SetupChange(string Arm, int Brand, Lever Lever, double Value);
