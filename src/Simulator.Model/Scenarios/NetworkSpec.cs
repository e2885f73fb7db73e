namespace Simulator.Model.Scenarios;

/// <summary>The word-of-mouth network.</summary>
/// <param name="Kind">Small world (default) or well mixed.</param>
/// <param name="Neighbours">Peers each customer talks to (small world), 1 to <see cref="MaxNeighbours"/>.</param>
/// <param name="Rewiring">Probability that a tie to a ring neighbour is rewired to a random customer, 0 to 1.</param>
public sealed record NetworkSpec(NetworkKind Kind, int Neighbours, double Rewiring)
{
    /// <summary>The most peers a customer may have.</summary>
    public const int MaxNeighbours = 100;

    /// <summary>Small world with 10 peers and 10% rewiring (Watts &amp; Strogatz 1998).</summary>
    public static NetworkSpec Default { get; } = new(NetworkKind.SmallWorld, 10, 0.1);
}
