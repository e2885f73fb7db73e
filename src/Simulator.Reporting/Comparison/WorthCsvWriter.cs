using Simulator.Experiments.Comparison;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Comparison;

/// <summary>
/// <c>worth.csv</c>: one row per scenario after the first: is it worth it against the first? Paired
/// differences of revenue, cost and profit over the run with their 95% intervals, the return on the
/// extra spending with its bootstrap interval, and the payback week (docs/economics.md).
/// </summary>
public static class WorthCsvWriter
{
    /// <summary>The file name inside a comparison directory.</summary>
    public const string FileName = "worth.csv";

    /// <summary>The columns, each declared once.</summary>
    public static IReadOnlyList<CsvColumn<PolicyWorth>> Columns { get; } =
    [
        CsvColumn<PolicyWorth>.Key("scenario", "The scenario, against the first.", w => w.Scenario),
        CsvColumn<PolicyWorth>.Measure("incremental_revenue", "currency", "Revenue over the run minus the first scenario's, paired by replicate.", w => w.IncrementalRevenue.Mean),
        CsvColumn<PolicyWorth>.Measure("incremental_revenue_ci_low", "currency", "Lower end of its 95% interval.", w => w.IncrementalRevenue.Lower),
        CsvColumn<PolicyWorth>.Measure("incremental_revenue_ci_high", "currency", "Upper end of its 95% interval.", w => w.IncrementalRevenue.Upper),
        CsvColumn<PolicyWorth>.Measure("incremental_cost", "currency", "Every cost over the run minus the first scenario's.", w => w.IncrementalCost.Mean),
        CsvColumn<PolicyWorth>.Measure("incremental_cost_ci_low", "currency", "Lower end of its 95% interval.", w => w.IncrementalCost.Lower),
        CsvColumn<PolicyWorth>.Measure("incremental_cost_ci_high", "currency", "Upper end of its 95% interval.", w => w.IncrementalCost.Upper),
        CsvColumn<PolicyWorth>.Measure("incremental_profit", "currency", "Profit over the run minus the first scenario's.", w => w.IncrementalProfit.Mean),
        CsvColumn<PolicyWorth>.Measure("incremental_profit_ci_low", "currency", "Lower end of its 95% interval.", w => w.IncrementalProfit.Lower),
        CsvColumn<PolicyWorth>.Measure("incremental_profit_ci_high", "currency", "Upper end of its 95% interval.", w => w.IncrementalProfit.Upper),
        CsvColumn<PolicyWorth>.Key("profit_excludes_zero", "Whether the incremental profit's interval excludes zero: true, false, or empty when undefined.",
            w => double.IsFinite(w.IncrementalProfit.Lower) ? (w.IncrementalProfit.ExcludesZero ? "true" : "false") : string.Empty),
        CsvColumn<PolicyWorth>.Measure("roi", "ratio", "Incremental profit over incremental cost; empty when the scenario does not cost more.", w => w.Roi.Value),
        CsvColumn<PolicyWorth>.Measure("roi_ci_low", "ratio", "2.5th percentile of the bootstrap over replicate pairs; empty when a resample costs no more.", w => w.Roi.Lower),
        CsvColumn<PolicyWorth>.Measure("roi_ci_high", "ratio", "97.5th percentile of the bootstrap.", w => w.Roi.Upper),
        CsvColumn<PolicyWorth>.Measure("payback_week", "week", "Mean over the replicates that pay back of the week from which the cumulative profit difference stays at or above zero.", w => w.PaybackWeek.Mean),
        CsvColumn<PolicyWorth>.Measure("payback_week_ci_low", "week", "Lower end of its 95% t interval.", w => w.PaybackWeek.Lower),
        CsvColumn<PolicyWorth>.Measure("payback_week_ci_high", "week", "Upper end of its 95% t interval.", w => w.PaybackWeek.Upper),
        CsvColumn<PolicyWorth>.Count("paid_back", "replicates", "Replicates whose cumulative profit difference is at or above zero from some week to the end.", w => w.PaidBack),
        CsvColumn<PolicyWorth>.Count("replicates", "replicates", "Replicate pairs compared.", w => w.Replicates),
    ];

    /// <summary>The whole file as text.</summary>
    public static string ToText(IReadOnlyList<PolicyWorth> worth) => CsvFormat.ToText(w => CsvTable.Write(w, Columns, worth));
}
