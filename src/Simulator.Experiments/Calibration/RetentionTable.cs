namespace Simulator.Experiments.Calibration;

/// <summary>
/// An observed cohort retention table: periods in increasing order, each with the per cent of the cohort
/// still customers; period 0, when present, is 100. Read by <see cref="RetentionTableReader"/>.
/// </summary>
/// <param name="Source">Where the table came from (a file path, or a description).</param>
/// <param name="Points">The rows, periods strictly increasing, per cents not increasing.</param>
public sealed record RetentionTable(string Source, IReadOnlyList<RetentionPoint> Points)
{
    /// <summary>The periods of the table, in order.</summary>
    public IReadOnlyList<int> Periods => [.. Points.Select(p => p.Period)];

    /// <summary>The last (largest) period.</summary>
    public int LastPeriod => Points.Count == 0 ? 0 : Points[^1].Period;

    /// <summary>The periods after acquisition (1 and later), the ones a fit can use.</summary>
    public IReadOnlyList<int> FittablePeriods => [.. Points.Where(p => p.Period >= 1).Select(p => p.Period)];

    /// <summary>The observed per cent at <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The table has no such period.</exception>
    public double PercentAt(int period) =>
        Points.FirstOrDefault(p => p.Period == period)?.PercentSurviving
        ?? throw new ArgumentOutOfRangeException(nameof(period), period, $"The table has no period {period}.");

    /// <summary>Whether the table has a row for <paramref name="period"/>.</summary>
    public bool Has(int period) => Points.Any(p => p.Period == period);
}
