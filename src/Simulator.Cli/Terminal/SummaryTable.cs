using System.Globalization;
using Simulator.Experiments.Statistics;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>
/// The headline figures of a run per brand, as a terminal table (means over replicates). With several
/// replicates, retention and NPS carry the half-width of their 95% confidence interval (± ...).
/// </summary>
public static class SummaryTable
{
    /// <summary>Builds the table.</summary>
    public static Table Create(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("brand")
            .AddColumn(new TableColumn("customers\nstart -> end").RightAligned())
            .AddColumn(new TableColumn("retention\n52 wk").RightAligned())
            .AddColumn(new TableColumn("retention\n104 wk").RightAligned())
            .AddColumn(new TableColumn("acquired").RightAligned())
            .AddColumn(new TableColumn("churn: dissatisfied /\nswitched / need ended").RightAligned())
            .AddColumn(new TableColumn("NPS").RightAligned())
            .AddColumn(new TableColumn("revenue").RightAligned())
            .AddColumn(new TableColumn("profit").RightAligned());
        var replicates = Enumerable.Range(0, result.Replicates.Count).Where(r => result.Replicates[r].Ticks.Count > 0).ToList();
        var withIntervals = replicates.Count > 1;
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            var h = replicates.Select(r => Headlines.Of(result, r, b)).ToList();
            if (h.Count == 0)
            {
                continue;
            }

            double Mean(Func<Headlines, double> f) => h.Average(f);
            Interval Of(Func<Headlines, double> f) => Interval.Of(h.Select(f));
            table.AddRow(
                Markup.Escape(result.Scenario.Brands[b].Name),
                Text($"{Mean(x => x.CustomersAtStart):N0} -> {Mean(x => x.CustomersAtEnd):N0}"),
                Percent(Of(x => x.RetentionAt52), withIntervals),
                Percent(Of(x => x.RetentionAt104), withIntervals),
                Text($"{Mean(x => x.Acquisitions):N0}"),
                Text($"{Mean(x => x.ChurnDissatisfied):N0} / {Mean(x => x.ChurnSwitched):N0} / {Mean(x => x.ChurnNeedEnded):N0}"),
                Nps(Of(x => x.FinalNps), withIntervals),
                Text($"{Mean(x => x.Revenue):N0}"),
                Text($"{Mean(x => x.Profit):N0}"));
        }

        if (withIntervals)
        {
            table.Caption(Text($"means of {replicates.Count} replicates; ± is the half-width of the 95% confidence interval (retention in percentage points)"));
        }

        return table;
    }

    private static string Percent(Interval share, bool withInterval)
    {
        if (double.IsNaN(share.Mean))
        {
            return "n/a";
        }

        var text = Text($"{share.Mean:P1}");
        return withInterval && double.IsFinite(share.HalfWidth) ? text + Text($" ± {100 * share.HalfWidth:0.0}") : text;
    }

    private static string Nps(Interval nps, bool withInterval)
    {
        var text = Text($"{nps.Mean:+0.0;-0.0;0.0}");
        return withInterval && double.IsFinite(nps.HalfWidth) ? text + Text($" ± {nps.HalfWidth:0.0}") : text;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
