using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Csv;

/// <summary>The settable paths of a scenario as CSV (<c>cxsim parameters --format csv</c>).</summary>
public static class ParametersCsv
{
    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<SettablePath>> Columns { get; } =
    [
        CsvColumn<SettablePath>.Key("path", "The dotted path for --set, --vary and --fit.", p => p.Path),
        CsvColumn<SettablePath>.Key("group", "lever, brand, model, market, segment or network.", p => p.Group),
        CsvColumn<SettablePath>.Measure("value", "the unit", "Its value in the scenario.", p => p.Value),
        CsvColumn<SettablePath>.Measure("min", "the unit", "The smallest allowed value.", p => p.Min),
        CsvColumn<SettablePath>.Measure("max", "the unit", "The largest allowed value.", p => p.Max),
        CsvColumn<SettablePath>.Measure("plausible_min", "the unit", "The smallest plausible value.", p => p.PlausibleMin),
        CsvColumn<SettablePath>.Measure("plausible_max", "the unit", "The largest plausible value.", p => p.PlausibleMax),
        CsvColumn<SettablePath>.Measure("default", "the unit", "The default when a scenario leaves it out; empty when none.", p => p.Default),
        CsvColumn<SettablePath>.Key("unit", "The unit.", p => p.Unit),
        CsvColumn<SettablePath>.Key("description", "What it does.", p => p.Description),
        CsvColumn<SettablePath>.Key("source", "Where the rule or the default comes from, or a modelling choice.", p => p.Source),
        CsvColumn<SettablePath>.Key("plausible_reason", "Why the plausible range is what it is; empty when it is the whole range.", p => p.PlausibleReason),
    ];

    /// <summary>The file as text.</summary>
    public static string ToText(IEnumerable<SettablePath> paths) => CsvFormat.ToText(w => CsvTable.Write(w, Columns, paths));
}
