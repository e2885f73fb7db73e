using System.Globalization;

namespace Simulator.Model.Scenarios;

/// <summary>
/// One field of a scenario file that is not a numeric parameter of a registry (those are
/// <see cref="Parameters.ParameterSpec"/>s): declared once in <see cref="ScenarioFields"/>, and read from
/// there by the reader (names, ranges, defaults), the JSON Schema and the tables of <c>docs/model.md</c>.
/// </summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Description">What it means, in a sentence or two.</param>
public sealed record ScenarioField(string Name, FieldKind Kind, string Description)
{
    /// <summary>The smallest value (integers and numbers).</summary>
    public double? Min { get; init; }

    /// <summary>The largest value (integers and numbers).</summary>
    public double? Max { get; init; }

    /// <summary>Whether <see cref="Min"/> itself is excluded.</summary>
    public bool MinExclusive { get; init; }

    /// <summary>The value taken when the field is left out; null when it is required or has no single default.</summary>
    public string? Default { get; init; }

    /// <summary>The unit, or null when it has none.</summary>
    public string? Unit { get; init; }

    /// <summary>Where the default or the rule comes from.</summary>
    public string Source { get; init; } = "Modelling choice.";

    /// <summary>Whether a file that extends no other must give it.</summary>
    public bool Required { get; init; }

    /// <summary>The fewest characters of a text.</summary>
    public int MinLength { get; init; }

    /// <summary>The allowed values of a choice.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The schema definition that describes an object, a map's values or a list's items.</summary>
    public string? Definition { get; init; }

    /// <summary>The fewest entries of a map in a file that extends no other.</summary>
    public int? MinCount { get; init; }

    /// <summary>The most entries of a map.</summary>
    public int? MaxCount { get; init; }

    /// <summary>The allowed values as the reader and the docs say them, e.g. "1 to 5200" or "more than 0, up to 1000".</summary>
    public string Range => Kind switch
    {
        FieldKind.Integer or FieldKind.Number when MinExclusive => FormattableString.Invariant($"more than {Format(Min!.Value)}, up to {Format(Max!.Value)}"),
        FieldKind.Integer or FieldKind.Number => FormattableString.Invariant($"{Format(Min!.Value)} to {Format(Max!.Value)}"),
        FieldKind.Seed => "0 to " + ulong.MaxValue.ToString(CultureInfo.InvariantCulture),
        FieldKind.Flag => "true or false",
        FieldKind.Choice => string.Join(", ", Choices),
        FieldKind.Text => MinLength > 0 ? "a non-empty string" : "a string",
        _ => Definition ?? Kind.ToString(),
    };

    /// <summary>A number as the allowed values print it (invariant culture, shortest round trip).</summary>
    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
