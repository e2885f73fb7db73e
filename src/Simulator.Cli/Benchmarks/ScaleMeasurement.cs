namespace Simulator.Cli.Benchmarks;

/// <summary>What one scale run measured.</summary>
/// <param name="Customers">Population.</param>
/// <param name="Weeks">Weeks run (after activation).</param>
/// <param name="InformationLagWeeks">Weeks per grain call.</param>
/// <param name="ActivationSeconds">Time to activate every customer grain.</param>
/// <param name="MedianTickSeconds">Median time per week.</param>
/// <param name="TickSeconds">Total time of the weeks.</param>
/// <param name="PeakRssBytes">Peak resident memory of the process.</param>
/// <param name="BytesPerCustomer">Resident memory added by activation, per customer.</param>
/// <param name="ReferenceCustomerTicksPerSecond">The reference engine's speed on the same scenario, or NaN when not measured.</param>
public sealed record ScaleMeasurement(
    int Customers,
    int Weeks,
    int InformationLagWeeks,
    double ActivationSeconds,
    double MedianTickSeconds,
    double TickSeconds,
    long PeakRssBytes,
    double BytesPerCustomer,
    double ReferenceCustomerTicksPerSecond)
{
    /// <summary>Customer-weeks per second on Orleans, activation excluded.</summary>
    public double CustomerTicksPerSecond => (double)Customers * Weeks / Math.Max(TickSeconds, 1e-9);

    /// <summary>End to end: activation plus every week.</summary>
    public double EndToEndSeconds => ActivationSeconds + TickSeconds;

    /// <summary>How many times more a customer-week costs on Orleans than on the reference engine.</summary>
    public double CostRatio => ReferenceCustomerTicksPerSecond / CustomerTicksPerSecond;
}
