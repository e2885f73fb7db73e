using Simulator.Model.Engine;
using Simulator.Model.Metrics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// Writes <c>cohorts.csv</c>: for each replicate, brand, segment ("all" first, then each segment) and
/// cohort ("initial" for the customers from before week 0, else the week of acquisition), the customers
/// of the cohort still with the brand at the end of each week from the cohort's acquisition week on,
/// the cohort's size (at the end of its acquisition week; before week 0 for "initial") and retention
/// (customers / acquired). Cohorts that never had a customer are left out.
/// </summary>
public static class CohortsCsvWriter
{
    /// <summary>The file name inside a run directory.</summary>
    public const string FileName = "cohorts.csv";

    /// <summary>The cohort name of the customers from before week 0.</summary>
    public const string InitialCohort = "initial";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["replicate", "brand", "segment", "cohort", "week", "customers", "acquired", "retention"];

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvFormat.WriteHeader(writer, Columns);
        var scenario = result.Scenario;
        var segments = new[] { CsvFormat.Text(MetricsTable.AllSegments) }
            .Concat(scenario.Segments.Select(s => CsvFormat.Text(s.Name))).ToArray();
        var fields = new string[Columns.Count];
        foreach (var replicate in result.Replicates)
        {
            var ticks = replicate.Ticks;
            fields[0] = CsvFormat.Number(replicate.Replicate);
            for (var b = 0; b < scenario.Brands.Count; b++)
            {
                fields[1] = CsvFormat.Text(scenario.Brands[b].Name);
                for (var s = -1; s < scenario.Segments.Count; s++)
                {
                    fields[2] = segments[s + 1];
                    long Cohort(TickAggregate a, int slot) => s < 0 ? a.TotalCohort(b, slot) : a.GetCohort(b, s, slot);

                    // The initial cohort, then one cohort per acquisition week.
                    for (var acquiredWeek = -1; acquiredWeek < ticks.Count; acquiredWeek++)
                    {
                        var slot = TickAggregate.CohortSlot(acquiredWeek);
                        var acquired = acquiredWeek < 0 ? Cohort(replicate.Initial, slot) : Cohort(ticks[acquiredWeek], slot);
                        if (acquired == 0)
                        {
                            continue;
                        }

                        fields[3] = acquiredWeek < 0 ? InitialCohort : CsvFormat.Number(acquiredWeek);
                        fields[6] = CsvFormat.Number(acquired);
                        for (var week = Math.Max(0, acquiredWeek); week < ticks.Count; week++)
                        {
                            var customers = Cohort(ticks[week], slot);
                            fields[4] = CsvFormat.Number(week);
                            fields[5] = CsvFormat.Number(customers);
                            fields[7] = CsvFormat.Number((double)customers / acquired);
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
