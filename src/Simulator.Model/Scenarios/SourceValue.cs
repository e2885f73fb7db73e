using System.Globalization;
using System.Text.Json;

namespace Simulator.Model.Scenarios;

/// <summary>A JSON string, number, boolean or null read from a scenario file.</summary>
public sealed class SourceValue : SourceNode
{
    /// <summary>Creates a value written at <paramref name="location"/>.</summary>
    /// <param name="location">Where the value was written.</param>
    /// <param name="kind">String, Number, True, False or Null.</param>
    /// <param name="text">The unescaped string, or the number exactly as written; null otherwise.</param>
    public SourceValue(SourceLocation location, JsonValueKind kind, string? text)
        : base(location)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>String, Number, True, False or Null.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>The unescaped string, or the number exactly as written; null for booleans and null.</summary>
    public string? Text { get; }

    /// <summary>The value as written, for messages: the number's text, the quoted string, true, false or null.</summary>
    public string Written => Kind switch
    {
        JsonValueKind.String => Quote(Text ?? string.Empty),
        JsonValueKind.Number => Text ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <inheritdoc/>
    public override string KindText => Kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <inheritdoc/>
    public override string Describe() => Kind switch
    {
        JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => KindText + " " + Written,
        _ => KindText,
    };

    /// <summary>The text in double quotes, shortened when long, for messages.</summary>
    public static string Quote(string text)
    {
        const int MaxLength = 60;
        var shown = text.Length > MaxLength ? text[..MaxLength] + "..." : text;
        return string.Create(CultureInfo.InvariantCulture, $"\"{shown}\"");
    }
}
