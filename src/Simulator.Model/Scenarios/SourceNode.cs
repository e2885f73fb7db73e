namespace Simulator.Model.Scenarios;

/// <summary>A JSON value read from a scenario file, remembering where it was written so that errors can point at it.</summary>
public abstract class SourceNode
{
    /// <summary>Creates a node written at <paramref name="location"/>.</summary>
    protected SourceNode(SourceLocation location)
    {
        Location = location;
    }

    /// <summary>The file and line of the value's first token.</summary>
    public SourceLocation Location { get; }

    /// <summary>What kind of value this is, for messages: "an object", "a string", ...</summary>
    public abstract string KindText { get; }

    /// <summary>The value described for "got ..." in messages, e.g. <c>a string "0.5"</c>.</summary>
    public virtual string Describe() => KindText;
}
