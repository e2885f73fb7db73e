namespace Simulator.Model.Customers;

/// <summary>Where a customer stands in the lifecycle (relative to the market as a whole).</summary>
public enum LifecycleStage : byte
{
    /// <summary>No need recognised yet; may already know some brands.</summary>
    Prospect,
    /// <summary>Has recognised a need and is looking for a brand to meet it.</summary>
    Considering,
    /// <summary>Bought recently; the first weeks with the brand.</summary>
    Onboarding,
    /// <summary>An established customer.</summary>
    Active,
    /// <summary>Left a brand; may come back with a new need (win-back).</summary>
    Churned,
}
