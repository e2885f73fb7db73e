namespace Simulator.Model.Scenarios;

/// <summary>The shape of the word-of-mouth network.</summary>
public enum NetworkKind
{
    /// <summary>Watts-Strogatz small world: a ring of neighbours with some ties rewired at random.</summary>
    SmallWorld,
    /// <summary>Everyone meets everyone: imitation follows the market share (the Bass mean field).</summary>
    WellMixed,
}
