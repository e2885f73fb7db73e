namespace Simulator.Model.Metrics.Population;

/// <summary>How a population attribute's byte reads.</summary>
public enum AttributeKind
{
    /// <summary>An index into the attribute's categories.</summary>
    Category,

    /// <summary>A value from 0 to the attribute's maximum, higher meaning more.</summary>
    Scale,
}
