namespace Simulator.Model.Customers;

/// <summary>Who created a touchpoint.</summary>
public enum Initiator : byte
{
    /// <summary>The brand reached out.</summary>
    Brand,
    /// <summary>The customer reached out (66% of touchpoints, per the Russian CEM article).</summary>
    Customer,
}
