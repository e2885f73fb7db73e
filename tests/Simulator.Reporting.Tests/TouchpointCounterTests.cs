using Simulator.Model.Customers;
using Simulator.Model.Metrics;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Reporting.Tests;

public class TouchpointCounterTests
{
    [Fact]
    public void A_touchpoint_kind_that_declares_a_counter_gets_its_own_metrics_column_with_its_weekly_count()
    {
        var declared = TouchpointKinds.Of(TouchpointKind.ProductUse) with { CountColumn = "product_uses" };

        var column = Assert.Single(MetricsCsvWriter.TouchpointCountColumns([declared, TouchpointKinds.Of(TouchpointKind.Billing)]));

        Assert.Equal("product_uses", column.Name);
        Assert.True(column.Numeric);
        var result = ResultFixture.Baseline;
        var rows = MetricsTable.Rows(result).ToList();
        var fromMetrics = rows.Where(r => r.Segment == MetricsTable.AllSegments).Sum(r => long.Parse(column.Format(r), System.Globalization.CultureInfo.InvariantCulture));
        var fromTouchpoints = TouchpointsCsvWriter.Rows(result).Where(r => r.Segment == MetricsTable.AllSegments && r.Touchpoint == "product_use").Sum(r => r.Stats.Count);
        Assert.True(fromTouchpoints > 0);
        Assert.Equal(fromTouchpoints, fromMetrics);
        // A segment's rows count only that segment's touchpoints.
        Assert.Equal(fromMetrics, rows.Where(r => r.Segment != MetricsTable.AllSegments).Sum(r => r.Touchpoints[TouchpointKind.ProductUse]));
    }
}
