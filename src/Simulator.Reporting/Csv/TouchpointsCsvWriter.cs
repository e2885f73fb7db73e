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

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["replicate", "week", "brand", "segment", "touchpoint", "initiator", "count", "mean_gap", "anger_caused", "mean_anger"];

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
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        var scenario = result.Scenario;
        var brands = scenario.Brands.Select(b => CsvFormat.Text(b.Name)).ToArray();
        var segments = new[] { CsvFormat.Text(MetricsTable.AllSegments) }
            .Concat(scenario.Segments.Select(s => CsvFormat.Text(s.Name))).ToArray();
        var kinds = TouchpointKinds.All
            .Select(k => (Kind: k, Name: TouchpointKinds.NameOf(k), Initiator: InitiatorName(TouchpointKinds.InitiatorOf(k))))
            .ToArray();
        var fields = new string[Columns.Count];
        foreach (var replicate in result.Replicates)
        {
            var replicateText = CsvFormat.Number(replicate.Replicate);
            for (var week = 0; week < replicate.Ticks.Count; week++)
            {
                var tick = replicate.Ticks[week];
                var weekText = CsvFormat.Number(week);
                for (var b = 0; b < tick.Brands; b++)
                {
                    for (var s = -1; s < tick.Segments; s++)
                    {
                        foreach (var (kind, name, initiator) in kinds)
                        {
                            var stats = TouchpointStats.Of(tick, b, s, kind);
                            fields[0] = replicateText;
                            fields[1] = weekText;
                            fields[2] = brands[b];
                            fields[3] = segments[s + 1];
                            fields[4] = name;
                            fields[5] = initiator;
                            fields[6] = CsvFormat.Number(stats.Count);
                            fields[7] = CsvFormat.Number(stats.MeanGap);
                            fields[8] = CsvFormat.Number(stats.AngerCaused);
                            fields[9] = CsvFormat.Number(stats.MeanAnger);
                            CsvFormat.WriteRecord(writer, fields);
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
