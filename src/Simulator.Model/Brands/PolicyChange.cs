namespace Simulator.Model.Brands;

/// <summary>One scheduled change: from <paramref name="Week"/> on, brand <paramref name="Brand"/> sets <paramref name="Lever"/> to <paramref name="Value"/>.</summary>
/// <param name="Week">First week (0-based tick) the new value applies.</param>
/// <param name="Brand">Index of the brand.</param>
/// <param name="Lever">The lever changed.</param>
/// <param name="Value">The new value (range-checked by the loader).</param>
public sealed record PolicyChange(int Week, int Brand, Lever Lever, double Value);
