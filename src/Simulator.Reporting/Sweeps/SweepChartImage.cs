namespace Simulator.Reporting.Sweeps;

/// <summary>A sweep chart and its PNG, which the report embeds.</summary>
/// <param name="Chart">The chart.</param>
/// <param name="Png">Its PNG bytes.</param>
public sealed record SweepChartImage(SweepChart Chart, byte[] Png);
