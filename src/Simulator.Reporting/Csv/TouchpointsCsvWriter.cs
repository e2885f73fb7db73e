using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// Writes <c>touchpoints.csv</c>: one row per replicate, week, brand, segment ("all" first, then each
/// segment) and touchpoint kind (in enum order), with who initiates it, how many there were, the mean
/// expectation gap (performance minus expectation), the anger they caused in total and per touchpoint.
/// Means are empty when there was no touchpoint of that kind.
/// </summary>
public static class TouchpointsCsvWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "touchpoints.csv";

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<TouchpointRow>> Columns { get; } =
    [
        CsvColumn<TouchpointRow>.Key("replicate", "index", "Replicate index.", r => r.Replicate),
        CsvColumn<TouchpointRow>.Key("week", "week", "Week (0-based).", r => r.Week),
        CsvColumn<TouchpointRow>.Key("brand", "Brand name.", r => r.Brand),
        CsvColumn<TouchpointRow>.Key("segment", "Segment name, or \"all\".", r => r.Segment),
        CsvColumn<TouchpointRow>.Key("touchpoint", "Touchpoint kind.", r => r.Touchpoint),
        CsvColumn<TouchpointRow>.Key("initiator", "Who starts a touchpoint of this kind: brand or customer.", r => r.Initiator),
        CsvColumn<TouchpointRow>.Count("count", "per week", "Touchpoints of this kind this week.", r => r.Stats.Count),
        CsvColumn<TouchpointRow>.Measure("mean_gap", "performance units", "Mean expectation gap (performance minus expectation) per touchpoint; empty when there was none.", r => r.Stats.MeanGap),
        CsvColumn<TouchpointRow>.Measure("anger_caused", "anger units per week", "Anger the touchpoints of this kind caused in all.", r => r.Stats.AngerCaused),
        CsvColumn<TouchpointRow>.Measure("mean_anger", "anger units", "Mean anger caused per touchpoint; empty when there was none.", r => r.Stats.MeanAnger),
    ];

    /// <summary>The text of an initiator in the <c>initiator</c> column.</summary>
    public static string InitiatorName(Initiator initiator) => initiator switch
    {
        Initiator.Brand => "brand",
        Initiator.Customer => "customer",
        _ => throw new ArgumentOutOfRangeException(nameof(initiator)),
    };

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvTable.Write(writer, Columns, Rows(result));
    }

    /// <summary>The rows of <paramref name="result"/>: per replicate, week, brand, segment ("all" first) and touchpoint kind.</summary>
    public static IEnumerable<TouchpointRow> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scenario = result.Scenario;
        var segments = new[] { MetricsTable.AllSegments }.Concat(scenario.Segments.Select(s => s.Name)).ToArray();
        var kinds = TouchpointKinds.All
            .Select(k => (Kind: k, Name: TouchpointKinds.NameOf(k), Initiator: InitiatorName(TouchpointKinds.InitiatorOf(k))))
            .ToArray();
        foreach (var replicate in result.Replicates)
        {
            for (var week = 0; week < replicate.Ticks.Count; week++)
            {
                var tick = replicate.Ticks[week];
                for (var b = 0; b < tick.Brands; b++)
                {
                    for (var s = -1; s < tick.Segments; s++)
                    {
                        foreach (var (kind, name, initiator) in kinds)
                        {
                            yield return new TouchpointRow(replicate.Replicate, week, scenario.Brands[b].Name, segments[s + 1], name, initiator, TouchpointStats.Of(tick, b, s, kind));
                        }
                    }
                }
            }
        }
    }

    /// <summary>Writes the file to <paramref name="path"/>.</summary>
    public static void WriteFile(SimulationResult result, string path) => CsvFormat.WriteFile(path, w => Write(result, w));

    /// <summary>The whole file as text.</summary>
    public static string ToText(SimulationResult result) => CsvFormat.ToText(w => Write(result, w));
}
