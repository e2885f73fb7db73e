namespace Simulator.Reporting.Calibration;

/// <summary>The statistical benchmark of a fit in <c>fit.json</c>: Fader &amp; Hardie's shifted-beta-geometric model.</summary>
/// <param name="Model">The model's name.</param>
/// <param name="Alpha">The fitted α.</param>
/// <param name="Beta">The fitted β.</param>
/// <param name="RmseFit">Its error on the fitted periods (percentage points).</param>
/// <param name="RmseHeldOut">Its error on the held-out periods (null when none).</param>
/// <param name="Percent">Its per cent surviving at each period of the observed table.</param>
public sealed record BenchmarkSummary(string Model, double Alpha, double Beta, double RmseFit, double RmseHeldOut, IReadOnlyList<double> Percent);
