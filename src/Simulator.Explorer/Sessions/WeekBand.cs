namespace Simulator.Explorer.Sessions;

/// <summary>The 95% interval of the replicates' mean of every charted figure in one week (Student's t, n - 1 degrees of freedom).</summary>
/// <param name="Week">The week (0-based).</param>
/// <param name="Lower">The lower bound of each figure.</param>
/// <param name="Upper">The upper bound of each figure.</param>
public sealed record WeekBand(int Week, WeekPoint Lower, WeekPoint Upper);
