using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>The weekly aggregates of one replicate.</summary>
/// <param name="Replicate">Replicate index (0-based).</param>
/// <param name="Initial">What was observed before week 0.</param>
/// <param name="Ticks">One aggregate per completed week, in order.</param>
public sealed record ReplicateResult(int Replicate, TickAggregate Initial, IReadOnlyList<TickAggregate> Ticks)
{
    /// <summary>The responses the brands decided during the run, in the order decided.</summary>
    public IReadOnlyList<Brands.Responses.BrandResponse> Responses { get; init; } = [];
}
