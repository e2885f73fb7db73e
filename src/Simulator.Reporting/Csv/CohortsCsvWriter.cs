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

    /// <summary>The columns, in order: each declared once with its unit, meaning and value.</summary>
    public static IReadOnlyList<CsvColumn<CohortRow>> Columns { get; } =
    [
        CsvColumn<CohortRow>.Key("replicate", "index", "Replicate index.", r => r.Replicate),
        CsvColumn<CohortRow>.Key("brand", "Brand name.", r => r.Brand),
        CsvColumn<CohortRow>.Key("segment", "Segment name, or \"all\".", r => r.Segment),
        CsvColumn<CohortRow>.Key("cohort", "The week the cohort was acquired, or \"initial\" for the customers at week 0 (including those won during burn-in).", r => r.Cohort),
        CsvColumn<CohortRow>.Key("week", "week", "Week (0-based).", r => r.Week),
        CsvColumn<CohortRow>.Count("customers", "people", "Members of the cohort still customers of the brand that week.", r => r.Customers),
        CsvColumn<CohortRow>.Count("acquired", "people", "Size of the cohort at the end of its acquisition week.", r => r.Acquired),
        CsvColumn<CohortRow>.Measure("retention", "share 0-1", "customers / acquired.", r => r.Retention),
        CsvColumn<CohortRow>.Measure("clv", "currency per customer won", "The cohort's lifetime value over the run: its survivors' margin week by week, discounted at market.discountRatePerYear, minus the acquisition cost per customer won that week (docs/economics.md); for segment \"all\" and cohorts won during the run, empty otherwise.", r => r.Clv),
    ];

    /// <summary>Writes the header and every row of <paramref name="result"/>.</summary>
    public static void Write(SimulationResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvTable.Write(writer, Columns, Rows(result));
    }

    /// <summary>The rows of <paramref name="result"/>: per replicate, brand, segment ("all" first), cohort (initial first) and week.</summary>
    public static IEnumerable<CohortRow> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scenario = result.Scenario;
        var segments = new[] { MetricsTable.AllSegments }.Concat(scenario.Segments.Select(s => s.Name)).ToArray();
        foreach (var replicate in result.Replicates)
        {
            var ticks = replicate.Ticks;
            for (var b = 0; b < scenario.Brands.Count; b++)
            {
                for (var s = -1; s < scenario.Segments.Count; s++)
                {
                    var (brand, segment) = (b, s);
                    var margins = segment < 0 ? CohortValue.Margins(replicate, brand) : [];
                    long Cohort(TickAggregate a, int slot) => segment < 0 ? a.TotalCohort(brand, slot) : a.GetCohort(brand, segment, slot);

                    // The initial cohort, then one cohort per acquisition week.
                    for (var acquiredWeek = -1; acquiredWeek < ticks.Count; acquiredWeek++)
                    {
                        var slot = TickAggregate.CohortSlot(acquiredWeek);
                        var acquired = acquiredWeek < 0 ? Cohort(replicate.Initial, slot) : Cohort(ticks[acquiredWeek], slot);
                        if (acquired == 0)
                        {
                            continue;
                        }

                        var name = acquiredWeek < 0 ? InitialCohort : CsvFormat.Number(acquiredWeek);
                        var clv = segment < 0 && acquiredWeek >= 0 ? CohortValue.Clv(replicate, brand, acquiredWeek, scenario.Market.DiscountRatePerYear, margins) : double.NaN;
                        for (var week = Math.Max(0, acquiredWeek); week < ticks.Count; week++)
                        {
                            yield return new CohortRow(replicate.Replicate, scenario.Brands[b].Name, segments[s + 1], name, week, Cohort(ticks[week], slot), acquired, clv);
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
