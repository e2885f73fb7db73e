namespace Simulator.Model.Scenarios;

/// <summary>A JSON object read from a scenario file, its properties in file order.</summary>
public sealed class SourceObject : SourceNode
{
    /// <summary>Creates an object written at <paramref name="location"/>.</summary>
    public SourceObject(SourceLocation location, IReadOnlyList<SourceProperty> properties)
        : base(location)
    {
        Properties = properties;
    }

    /// <summary>The properties, in file order (for a merged object: the base's order, then new ones).</summary>
    public IReadOnlyList<SourceProperty> Properties { get; }

    /// <inheritdoc/>
    public override string KindText => "an object";

    /// <summary>The property called <paramref name="name"/>, or null.</summary>
    public SourceProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>A copy without the properties named in <paramref name="names"/>.</summary>
    public SourceObject Without(params string[] names) =>
        new(Location, [.. Properties.Where(p => !names.Contains(p.Name, StringComparer.Ordinal))]);

    /// <summary>
    /// Deep-merges <paramref name="overrides"/> over <paramref name="baseObject"/>: objects merge key by key
    /// (the override wins, the base's key order is kept and new keys follow it), arrays and scalars are
    /// replaced whole. Every value keeps the location where it was written.
    /// </summary>
    public static SourceObject Merge(SourceObject baseObject, SourceObject overrides)
    {
        var merged = new List<SourceProperty>(baseObject.Properties.Count + overrides.Properties.Count);
        foreach (var baseProperty in baseObject.Properties)
        {
            var overriding = overrides.Find(baseProperty.Name);
            if (overriding is null)
            {
                merged.Add(baseProperty);
            }
            else if (baseProperty.Value is SourceObject baseValue && overriding.Value is SourceObject overrideValue)
            {
                merged.Add(overriding with { Value = Merge(baseValue, overrideValue) });
            }
            else
            {
                merged.Add(overriding);
            }
        }

        foreach (var property in overrides.Properties)
        {
            if (baseObject.Find(property.Name) is null)
            {
                merged.Add(property);
            }
        }

        return new SourceObject(overrides.Location, merged);
    }
}
