using Simulator.Experiments.Statistics;
using Simulator.Explorer.Sessions;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Several replicates per arm: the charted points are their means, the bands their 95% intervals, the downloads every replicate.</summary>
[Collection(ExplorerCollection.Name)]
public class ReplicateTests(ExplorerFixture explorer)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Points_and_bands_are_the_means_and_intervals_of_the_batch_runs_replicates()
    {
        var view = await explorer.NewSessionAsync(customers: 300, weeks: 8, replicates: 3);
        Assert.Equal(3, view.Replicates);
        await explorer.PostAsync(view.Id, "start");
        var done = await explorer.WaitAsync(view.Id, v => v.Status == "finished");

        var scenario = ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "baseline.json")).WithRun(customers: 300, weeks: 8, replicates: 3);
        var batch = new ReferenceEngine().Run(scenario);
        Assert.Equal(MetricsCsvWriter.ToText(batch), await explorer.Http.GetStringAsync($"api/sessions/{view.Id}/arms/A/metrics.csv"));

        var arm = done.Arms[0];
        Assert.Equal(8, arm.Points.Count);
        Assert.Equal(8, arm.Bands.Count);
        for (var week = 0; week < 8; week++)
        {
            var replicates = batch.Replicates.Select(r =>
            {
                var start = WeekPoint.CustomersOf(r.Initial, 0);
                WeekPoint? previous = null;
                for (var t = 0; t <= week; t++)
                {
                    previous = WeekPoint.Of(r.Ticks[t], t, 0, start, previous);
                }

                return previous!;
            }).ToList();
            var retention = Interval.Of(replicates.Select(p => p.Retention));
            Assert.Equal(retention.Mean, arm.Points[week].Retention, 12);
            Assert.Equal(retention.Lower, arm.Bands[week].Lower.Retention, 12);
            Assert.Equal(retention.Upper, arm.Bands[week].Upper.Retention, 12);
            var profit = Interval.Of(replicates.Select(p => p.CumulativeProfit));
            Assert.Equal(profit.Mean, arm.Points[week].CumulativeProfit, 6);
            Assert.True(arm.Bands[week].Lower.Nps <= arm.Points[week].Nps && arm.Points[week].Nps <= arm.Bands[week].Upper.Nps);
        }

        // Three different replicates: a band of width zero would mean the replicates were one run thrice.
        Assert.True(arm.Bands[^1].Upper.Customers > arm.Bands[^1].Lower.Customers);
    }
}
