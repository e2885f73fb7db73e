using Simulator.Experiments.Comparison;
using Simulator.Reporting.Comparison;
using Spectre.Console;

namespace Simulator.Cli.Terminal;

/// <summary>The headline table of a comparison for the terminal: per figure and scenario, the mean and 95% interval, and the paired difference from the first scenario with its interval.</summary>
public static class ComparisonSummaryTable
{
    /// <summary>Builds the table.</summary>
    public static Table Create(ComparisonTable comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("figure (focal brand)")
            .AddColumn("scenario")
            .AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("95% CI").RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("difference from\n" + comparison.Reference)).RightAligned())
            .AddColumn(new TableColumn("95% CI of\ndifference").RightAligned())
            .AddColumn(new TableColumn("excludes 0").Centered());
        for (var f = 0; f < comparison.Figures.Count; f++)
        {
            var figure = comparison.Figures[f];
            if (f > 0)
            {
                table.AddEmptyRow();
            }

            var first = true;
            foreach (var scenario in comparison.Scenarios)
            {
                var row = comparison.Row(figure.Key, scenario);
                var d = row.Difference;
                table.AddRow(
                    first ? Markup.Escape(figure.Label) : "",
                    Markup.Escape(scenario),
                    Markup.Escape(figure.FormatValue(row.Estimate.Mean)),
                    Markup.Escape(figure.FormatInterval(row.Estimate.Lower, row.Estimate.Upper)),
                    d is { } m ? Markup.Escape(figure.FormatDifference(m.Mean)) : "[grey]reference[/]",
                    d is { } i ? Markup.Escape(figure.FormatInterval(i.Lower, i.Upper, signed: true)) : "",
                    row.ExcludesZero switch { true => "[green]yes[/]", false => "no", null => d is null ? "" : "n/a" });
                first = false;
            }
        }

        return table;
    }
}
