using System.Globalization;
using System.Text;
using Simulator.Model.Brands;
using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>
/// The parameter tables of <c>docs/model.md</c>, generated from the declarations (the lever, model, market
/// and segment registries and <see cref="ScenarioFields"/>), so that the documentation cannot drift from
/// the code. Each table sits in the document between the markers of <see cref="MarkdownTables"/>; a
/// test compares them and can rewrite them.
/// </summary>
public static class ScenarioTables
{
    /// <summary>Every generated table, by the name its markers use.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["levers"] = Parameters(PolicyLevers.All),
        ["model"] = Parameters(ModelParameters.Specs),
        ["market"] = Parameters(MarketParameters.Specs),
        ["segment"] = Parameters(SegmentSpec.Specs),
        ["fields"] = Fields(),
    };

    /// <summary><paramref name="document"/> with every table of <see cref="All"/> replaced by its current text.</summary>
    public static string Update(string document) => MarkdownTables.Update(document, All);

    private static string Parameters(IReadOnlyList<ParameterSpec> specs)
    {
        var text = new StringBuilder();
        text.Append("| JSON name | Range | Default | Unit | Effect | Source | Plausible range |\n|---|---|---|---|---|---|---|\n");
        foreach (var spec in specs)
        {
            var (low, high) = spec.Plausible;
            var plausible = spec.PlausibleReason.Length == 0 ? "whole range" : FormattableString.Invariant($"{low} to {high}: {spec.PlausibleReason}");
            Row(text, "`" + spec.Name + "`", spec.RangeText, Number(spec.Default), spec.Unit, spec.Description, spec.Source, plausible);
        }

        return text.ToString();
    }

    private static string Fields()
    {
        var text = new StringBuilder();
        text.Append("| JSON path | Range | Default | Unit | Meaning | Source |\n|---|---|---|---|---|---|\n");
        void Rows(string prefix, IEnumerable<ScenarioField> fields)
        {
            foreach (var field in fields)
            {
                var range = field.Kind switch
                {
                    FieldKind.Object or FieldKind.Map or FieldKind.List => "see " + field.Definition,
                    _ => field.Range,
                };
                Row(text, "`" + prefix + field.Name + "`", range, field.Default ?? (field.Required ? "required" : "none"), field.Unit ?? "", field.Description, field.Source);
            }
        }

        Rows("", ScenarioFields.Root.Where(f => f.Kind is not (FieldKind.Object or FieldKind.Map or FieldKind.List)));
        Rows("brands.<name>.", ScenarioFields.Brand.Where(f => f.Kind != FieldKind.Object));
        Rows("brands.<name>.responses[].", ScenarioFields.ResponseFields);
        Rows("segments.<name>.", ScenarioFields.SegmentOwn.Where(f => f.Kind != FieldKind.Object));
        Rows("segments.<name>.traits.<trait>.", ScenarioFields.Trait.Select(f => f with { Default = "per trait (below)" }));
        Rows("network.", ScenarioFields.NetworkFields);
        Rows("schedule[].", ScenarioFields.PolicyChange.Where(f => f.Kind != FieldKind.Object));
        return text.ToString();
    }

    private static void Row(StringBuilder text, params string[] cells) =>
        text.Append("| ").Append(string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
