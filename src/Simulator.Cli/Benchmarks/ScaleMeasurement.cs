namespace Simulator.Cli.Benchmarks;

/// <summary>What one scale run measured.</summary>
/// <param name="Customers">Population.</param>
/// <param name="Weeks">Weeks run (after activation).</param>
/// <param name="InformationLagWeeks">The scenario's information lag: the weeks a block runs on inputs known when it starts.</param>
/// <param name="ActivationSeconds">Time to activate every customer grain.</param>
/// <param name="MedianTickSeconds">Median time per week.</param>
/// <param name="TickSeconds">Total time of the weeks.</param>
/// <param name="PeakRssBytes">Peak resident memory of the process.</param>
/// <param name="BytesPerCustomer">Resident memory added by activation, per customer.</param>
/// <param name="ReferenceCustomerTicksPerSecond">The reference engine's speed on the same scenario, or NaN when not measured.</param>
/// <param name="Blocks">Blocks run (one customer grain call each in their first round).</param>
/// <param name="Rounds">Rounds run over every block.</param>
/// <param name="CustomerCalls">Customer grain calls over every round.</param>
/// <param name="CustomerWeeksRun">Customer-weeks the model stepped over every round: the weeks' own, plus those run again.</param>
public sealed record ScaleMeasurement(
    int Customers,
    int Weeks,
    int InformationLagWeeks,
    double ActivationSeconds,
    double MedianTickSeconds,
    double TickSeconds,
    long PeakRssBytes,
    double BytesPerCustomer,
    double ReferenceCustomerTicksPerSecond,
    int Blocks,
    long Rounds,
    long CustomerCalls,
    long CustomerWeeksRun)
{
    /// <summary>Customer grain calls per customer-week simulated.</summary>
    public double CallsPerCustomerWeek => (double)CustomerCalls / Math.Max(1L, (long)Customers * Weeks);

    /// <summary>Mean weeks per block: per customer grain call in a block's first round.</summary>
    public double WeeksPerBlock => (double)Weeks / Math.Max(Blocks, 1);

    /// <summary>Mean rounds per block.</summary>
    public double RoundsPerBlock => (double)Rounds / Math.Max(Blocks, 1);

    /// <summary>Customer-weeks stepped beyond the weeks simulated (run again, reached again, given back), as a share of the customer-weeks simulated.</summary>
    public double RerunShare => (double)(CustomerWeeksRun - (long)Customers * Weeks) / Math.Max(1L, (long)Customers * Weeks);

    /// <summary>Customer-weeks per second on Orleans, activation excluded.</summary>
    public double CustomerTicksPerSecond => (double)Customers * Weeks / Math.Max(TickSeconds, 1e-9);

    /// <summary>End to end: activation plus every week.</summary>
    public double EndToEndSeconds => ActivationSeconds + TickSeconds;

    /// <summary>How many times more a customer-week costs on Orleans than on the reference engine.</summary>
    public double CostRatio => ReferenceCustomerTicksPerSecond / CustomerTicksPerSecond;
}
