using System.Globalization;

namespace Simulator.Model.Scenarios;

/// <summary>
/// <c>PATH=VALUE</c> as <c>--set</c>, <c>--vary</c>, <c>--bounds</c> and scenario overrides write it: the one
/// parser of that shape. PATH is everything before the first <c>=</c> (trimmed, non-empty, no spaces inside);
/// VALUE is everything after it (trimmed, non-empty), read by the caller as a number, a range or a list.
/// </summary>
/// <param name="Path">The setting's path, e.g. <c>policy.serviceEffort</c>.</param>
/// <param name="Value">The text after the <c>=</c>.</param>
public sealed record ParameterAssignment(string Path, string Value)
{
    /// <summary>Splits <paramref name="text"/>; null when it is not <c>PATH=VALUE</c>.</summary>
    public static ParameterAssignment? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return null;
        }

        var path = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        return path.Length == 0 || value.Length == 0 || path.Any(char.IsWhiteSpace) ? null : new ParameterAssignment(path, value);
    }

    /// <summary>Reads <paramref name="text"/> as <c>PATH=NUMBER</c> (invariant culture); null when it is not.</summary>
    public static (string Path, double Value)? TryParseNumber(string text) =>
        TryParse(text) is { } assignment && TryNumber(assignment.Value, out var number) ? (assignment.Path, number) : null;

    /// <summary>Reads a number as every assignment writes it: invariant culture, finite.</summary>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
