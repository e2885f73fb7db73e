namespace Simulator.Model.Metrics.Population;

/// <summary>What one word-of-mouth message of a week was.</summary>
public enum ArcKind : byte
{
    /// <summary>A promoter recommended its brand.</summary>
    Recommendation,

    /// <summary>A detractor warned a peer.</summary>
    Warning,

    /// <summary>Revenge: a customer who complained and was not heard warned every peer at once.</summary>
    Revenge,
}
