namespace Simulator.Model.Market;

/// <summary>One field of <see cref="BrandConditions"/>, as a customer's week reads it (see <see cref="ConditionReads"/>).</summary>
public enum MarketCondition : byte
{
    /// <summary><see cref="BrandConditions.Overload"/>.</summary>
    Overload,

    /// <summary><see cref="BrandConditions.CustomerShare"/>.</summary>
    CustomerShare,

    /// <summary><see cref="BrandConditions.ProcessKnowledge"/>.</summary>
    ProcessKnowledge,
}
