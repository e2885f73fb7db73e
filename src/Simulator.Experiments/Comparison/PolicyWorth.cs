using Simulator.Experiments.Statistics;

namespace Simulator.Experiments.Comparison;

/// <summary>
/// Whether a scenario is worth it against the reference: the paired differences in revenue, cost and
/// profit over the run, the return on the extra spending, and the week from which its cumulative profit
/// stays ahead.
/// </summary>
/// <param name="Scenario">The scenario's label.</param>
/// <param name="IncrementalRevenue">Revenue minus the reference's, paired replicate by replicate.</param>
/// <param name="IncrementalCost">Costs minus the reference's.</param>
/// <param name="IncrementalProfit">Profit minus the reference's.</param>
/// <param name="Roi">Incremental profit over incremental cost (ratio of the mean differences), with a bootstrap 95% interval over the replicate pairs; NaN when the scenario does not cost more.</param>
/// <param name="PaybackWeek">The week from which the cumulative profit difference stays at or above zero, over the replicates that pay back within the run.</param>
/// <param name="PaidBack">How many replicates pay back within the run.</param>
/// <param name="Replicates">How many replicates were paired.</param>
public sealed record PolicyWorth(
    string Scenario,
    Interval IncrementalRevenue,
    Interval IncrementalCost,
    Interval IncrementalProfit,
    (double Value, double Lower, double Upper) Roi,
    Interval PaybackWeek,
    int PaidBack,
    int Replicates);
