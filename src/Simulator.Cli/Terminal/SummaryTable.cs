using System.Globalization;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>The headline figures of a run per brand, as a terminal table (means over replicates).</summary>
public static class SummaryTable
{
    /// <summary>Builds the table.</summary>
    public static Table Create(SimulationResult result)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("brand")
            .AddColumn(new TableColumn("customers\nstart -> end").RightAligned())
            .AddColumn(new TableColumn("retention\n52 wk").RightAligned())
            .AddColumn(new TableColumn("retention\n104 wk").RightAligned())
            .AddColumn(new TableColumn("acquired").RightAligned())
            .AddColumn(new TableColumn("churn: dissatisfied /\nswitched / need ended").RightAligned())
            .AddColumn(new TableColumn("NPS").RightAligned())
            .AddColumn(new TableColumn("revenue").RightAligned());
        for (var b = 0; b < result.Scenario.Brands.Count; b++)
        {
            var h = result.Replicates.Where(r => r.Ticks.Count > 0).Select((_, r) => Headlines.Of(result, r, b)).ToList();
            if (h.Count == 0)
            {
                continue;
            }

            double Mean(Func<Headlines, double> f) => h.Average(f);
            table.AddRow(
                Markup.Escape(result.Scenario.Brands[b].Name),
                Text($"{Mean(x => x.CustomersAtStart):N0} -> {Mean(x => x.CustomersAtEnd):N0}"),
                Percent(Mean(x => x.RetentionAt52)),
                Percent(Mean(x => x.RetentionAt104)),
                Text($"{Mean(x => x.Acquisitions):N0}"),
                Text($"{Mean(x => x.ChurnDissatisfied):N0} / {Mean(x => x.ChurnSwitched):N0} / {Mean(x => x.ChurnNeedEnded):N0}"),
                Text($"{Mean(x => x.FinalNps):+0.0;-0.0;0.0}"),
                Text($"{Mean(x => x.Revenue):N0}"));
        }

        return table;
    }

    private static string Percent(double share) => double.IsNaN(share) ? "n/a" : Text($"{share:P1}");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
