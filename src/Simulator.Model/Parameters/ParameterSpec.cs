namespace Simulator.Model.Parameters;

/// <summary>
/// Describes one named, range-checked numeric parameter: its JSON name, allowed range,
/// default, unit, what it does and where the rule or the default comes from.
/// </summary>
/// <param name="Name">The camelCase name used in scenario files and on the command line.</param>
/// <param name="Min">The smallest allowed value (inclusive).</param>
/// <param name="Max">The largest allowed value (inclusive).</param>
/// <param name="Default">The calibrated default.</param>
/// <param name="Unit">The unit, e.g. "probability per week" or "share 0-1".</param>
/// <param name="Description">What the parameter does in the model, in one sentence.</param>
/// <param name="Source">The article or published study the rule or default rests on.</param>
public sealed record ParameterSpec(
    string Name,
    double Min,
    double Max,
    double Default,
    string Unit,
    string Description,
    string Source)
{
    /// <summary>The smallest plausible value: where conclusions are checked (sensitivity, robust comparison). The whole range unless set.</summary>
    public double PlausibleMin { get; init; } = double.NaN;

    /// <summary>The largest plausible value. The whole range unless set.</summary>
    public double PlausibleMax { get; init; } = double.NaN;

    /// <summary>Why the plausible range is what it is; empty when it is the whole range.</summary>
    public string PlausibleReason { get; init; } = string.Empty;

    /// <summary>Whether only whole numbers are meaningful (the model reads the value as a count of weeks): samplers round to them.</summary>
    public bool Whole { get; init; }

    /// <summary>The plausible range: (<see cref="PlausibleMin"/>, <see cref="PlausibleMax"/>), or the whole range when none was set.</summary>
    public (double Min, double Max) Plausible => double.IsNaN(PlausibleMin) ? (Min, Max) : (PlausibleMin, PlausibleMax);

    /// <summary>Whether <paramref name="value"/> lies inside [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public bool Allows(double value) => !double.IsNaN(value) && value >= Min && value <= Max;

    /// <summary>The allowed range as text, e.g. "0 to 1".</summary>
    public string RangeText => FormattableString.Invariant($"{Min} to {Max}");
}
