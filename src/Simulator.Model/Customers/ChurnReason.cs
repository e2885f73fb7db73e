namespace Simulator.Model.Customers;

/// <summary>Why a customer left its brand.</summary>
public enum ChurnReason : byte
{
    /// <summary>Has not left.</summary>
    None,
    /// <summary>Left for nothing: the experience was not worth it.</summary>
    Dissatisfied,
    /// <summary>Left for a competitor that looked better.</summary>
    SwitchedToCompetitor,
    /// <summary>The need was gone, so the experience ended.</summary>
    NeedEnded,
}
