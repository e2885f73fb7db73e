using Simulator.Model.Customers;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Metrics.Population;

/// <summary>
/// One attribute of a customer that a population view can colour the customers by, read into one
/// byte per customer: a category (its index into <see cref="Categories"/>), or a scale from 0 to
/// <see cref="Max"/>. <see cref="None"/> marks a customer the attribute does not apply to.
/// </summary>
/// <param name="Name">The attribute's name in the API (camelCase).</param>
/// <param name="Label">What the page calls it.</param>
/// <param name="Description">What the value is, for the legend.</param>
/// <param name="Kind">Category or scale.</param>
/// <param name="Max">The largest value of a scale (the highest category index for a category).</param>
/// <param name="Read">The value of one customer in a scenario.</param>
public sealed record PopulationAttribute(string Name, string Label, string Description, AttributeKind Kind, int Max, Func<Scenario, CustomerState, byte> Read)
{
    /// <summary>The value of a customer the attribute does not apply to (no score for someone who never bought, say).</summary>
    public const byte None = byte.MaxValue;

    /// <summary>The names of the categories of a category attribute in a scenario, or those that need none (empty for a scale, and for brands without a scenario).</summary>
    public Func<Scenario?, IReadOnlyList<string>> Categories { get; init; } = _ => [];
}
