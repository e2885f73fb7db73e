using Simulator.Experiments.Statistics;

namespace Simulator.Reporting.Csv;

/// <summary>
/// One row of <c>metrics-summary.csv</c>: for one week, brand and segment, the mean and 95% interval
/// over replicates of every summarised column of <c>metrics.csv</c>.
/// </summary>
/// <param name="Week">The week (0-based).</param>
/// <param name="Brand">The brand's name.</param>
/// <param name="Segment">The segment's name, or <see cref="Simulator.Model.Metrics.MetricsTable.AllSegments"/>.</param>
/// <param name="Replicates">Replicates that reached this week.</param>
/// <param name="Values">One interval per column of <see cref="MetricsSummaryCsvWriter.SummarisedColumns"/>, in that order.</param>
public sealed record MetricsSummaryRow(int Week, string Brand, string Segment, int Replicates, IReadOnlyList<Interval> Values)
{
    /// <summary>The interval of the metrics.csv column <paramref name="column"/>, e.g. "nps".</summary>
    public Interval this[string column]
    {
        get
        {
            var index = MetricsSummaryCsvWriter.IndexOf(column);
            return index < 0
                ? throw new ArgumentException($"'{column}' is not a summarised column of {MetricsCsvWriter.FileName}.", nameof(column))
                : Values[index];
        }
    }
}
