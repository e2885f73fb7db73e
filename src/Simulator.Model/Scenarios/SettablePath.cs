namespace Simulator.Model.Scenarios;

/// <summary>One setting of a scenario that <c>--set</c>, <c>--vary</c> and <c>--fit</c> can reach, with its value there.</summary>
/// <param name="Path">The dotted path (see <see cref="ScenarioParameters.Grammar"/>).</param>
/// <param name="Group">What kind of setting: lever, brand, model, market, segment or network.</param>
/// <param name="Value">Its value in the scenario.</param>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="PlausibleMin">The smallest plausible value (where conclusions are checked).</param>
/// <param name="PlausibleMax">The largest plausible value.</param>
/// <param name="Default">The default when a scenario leaves it out.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Description">What it does.</param>
/// <param name="Source">Where the rule or the default comes from, or "Modelling choice".</param>
/// <param name="PlausibleReason">Why the plausible range is what it is (empty when it is the whole range).</param>
/// <param name="Whole">Whether only whole numbers are meaningful (samplers round to them).</param>
public sealed record SettablePath(
    string Path,
    string Group,
    double Value,
    double Min,
    double Max,
    double PlausibleMin,
    double PlausibleMax,
    double Default,
    string Unit,
    string Description,
    string Source,
    string PlausibleReason,
    bool Whole = false);
