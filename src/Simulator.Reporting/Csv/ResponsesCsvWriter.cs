using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Engine;

namespace Simulator.Reporting.Csv;

/// <summary>
/// Writes <c>responses.csv</c>: every policy change the brands' response rules made (docs/model.md,
/// section 4.2), one row per change, in the order decided, replicate by replicate. A run whose brands
/// declare no rules writes the header only.
/// </summary>
public static class ResponsesCsvWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "responses.csv";

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<ResponseRow>> Columns { get; } =
    [
        CsvColumn<ResponseRow>.Key("replicate", "index", "Replicate index.", r => r.Replicate),
        CsvColumn<ResponseRow>.Key("decided_week", "week", "The week whose outcome the brand reacted to (its prices and customer shares).", r => r.DecidedWeek),
        CsvColumn<ResponseRow>.Key("effective_week", "week", "The first week the change acts: decided_week plus the rule's delayWeeks, never less than the information lag.", r => r.EffectiveWeek),
        CsvColumn<ResponseRow>.Key("brand", "The brand that responds.", r => r.Brand),
        CsvColumn<ResponseRow>.Key("rule", "The rule that decided: matchPriceCut, defendShare or copyLeader.", r => r.Rule),
        CsvColumn<ResponseRow>.Key("lever", "The lever changed.", r => r.Lever),
        CsvColumn<ResponseRow>.Measure("value", "lever unit", "The lever's new value.", r => r.Value),
        CsvColumn<ResponseRow>.Key("reason", "What the brand saw and what it does, in a sentence.", r => r.Reason),
    ];

    /// <summary>The rows of <paramref name="result"/>.</summary>
    public static IEnumerable<ResponseRow> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var replicate in result.Replicates)
        {
            foreach (var response in replicate.Responses)
            {
                foreach (var change in response.Changes)
                {
                    yield return new ResponseRow(replicate.Replicate, response.DecidedWeek, change.Week, result.Scenario.Brands[response.Brand].Name,
                        ResponseRules.NameOf(response.Kind), PolicyLevers.NameOf(change.Lever), change.Value, response.Reason);
                }
            }
        }
    }

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer) => CsvTable.Write(writer, Columns, Rows(result));

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result) => CsvFormat.ToText(w => Write(result, w));
}
