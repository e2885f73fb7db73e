using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Tests.Support;

/// <summary>Runs scenarios on the reference engine and reads the figures tests compare.</summary>
public static class Runs
{
    public static SimulationResult Reference(Scenario scenario) => new ReferenceEngine().Run(scenario);

    /// <summary>The focal brand's rows over the whole population, one per week.</summary>
    public static IReadOnlyList<MetricsRow> FocalRows(SimulationResult result) =>
        MetricsTable.Rows(result).Where(r => r.Replicate == 0 && r.Segment == MetricsTable.AllSegments && r.Brand == result.Scenario.Brands[0].Name).ToList();

    public static Headlines FocalHeadlines(SimulationResult result) => Headlines.Of(result, 0, 0);

    /// <summary>Customers who left for nothing or for a competitor over the whole run.</summary>
    public static long Exits(IReadOnlyList<MetricsRow> rows) => rows.Sum(r => r.ChurnDissatisfied + r.ChurnSwitched);

    /// <summary>Mean over weeks of a per-week figure.</summary>
    public static double Mean(IReadOnlyList<MetricsRow> rows, Func<MetricsRow, double> figure) => rows.Average(figure);

    /// <summary>Detractors over scored customers, pooled over weeks.</summary>
    public static double DetractorShare(IReadOnlyList<MetricsRow> rows) =>
        (double)rows.Sum(r => r.Detractors) / rows.Sum(r => r.Customers);
}
