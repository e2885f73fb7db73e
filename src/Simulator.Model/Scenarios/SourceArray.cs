namespace Simulator.Model.Scenarios;

/// <summary>A JSON array read from a scenario file.</summary>
public sealed class SourceArray : SourceNode
{
    /// <summary>Creates an array written at <paramref name="location"/>.</summary>
    public SourceArray(SourceLocation location, IReadOnlyList<SourceNode> items)
        : base(location)
    {
        Items = items;
    }

    /// <summary>The elements, in file order.</summary>
    public IReadOnlyList<SourceNode> Items { get; }

    /// <inheritdoc/>
    public override string KindText => "an array";
}
