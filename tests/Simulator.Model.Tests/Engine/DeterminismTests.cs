using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Engine;

public class DeterminismTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void The_same_seed_gives_identical_metrics()
    {
        var scenario = TestScenarios.Market(customers: 3000, weeks: 40, seed: 11);
        var first = Runs.Reference(scenario);
        var second = Runs.Reference(scenario);

        Assert.True(first.SameNumbersAs(second));
        Assert.Equal(MetricsTable.Rows(first), MetricsTable.Rows(second));
    }

    [Fact]
    public void Another_seed_gives_different_metrics()
    {
        var a = Runs.Reference(TestScenarios.Market(customers: 3000, weeks: 40, seed: 11));
        var b = Runs.Reference(TestScenarios.Market(customers: 3000, weeks: 40, seed: 12));

        Assert.False(a.SameNumbersAs(b));
        Assert.NotEqual(MetricsTable.Rows(a), MetricsTable.Rows(b));
    }

    [Fact]
    public void Replicates_differ_from_each_other_and_replicate_k_is_the_same_in_every_run()
    {
        var scenario = TestScenarios.Market(customers: 2000, weeks: 20).WithRun(replicates: 2);
        var two = Runs.Reference(scenario);
        var again = Runs.Reference(scenario);

        Assert.False(two.Replicates[0].Ticks[^1].SameAs(two.Replicates[1].Ticks[^1]));
        Assert.True(two.SameNumbersAs(again));
    }

    [Fact]
    public void Stepping_the_population_in_shards_gives_the_same_aggregates_as_in_one_piece()
    {
        // The Orleans engine splits customers into shards and adds their aggregates in whatever
        // order they answer; the reference engine steps them in one array. Both must agree exactly.
        var scenario = TestScenarios.Market(customers: 1500, weeks: 12, seed: 5);
        var whole = Runs.Reference(scenario).Replicates[0];

        var customers = Enumerable.Range(0, scenario.Customers).Select(i => Population.Create(scenario, 0, i)).ToArray();
        var schedule = scenario.CreateSchedule();
        var before = new TickAggregate(2, 1, scenario.Weeks);
        CustomerBatch.Observe(customers, before);

        // The market history settles the brand gauges at each barrier, as every engine's does.
        var history = new MarketHistory(scenario, 0, before, schedule.PoliciesAt(0));
        Assert.True(before.SameAs(whole.Initial));
        int[] cuts = [0, 400, 401, 1100, scenario.Customers];
        for (var t = 0; t < scenario.Weeks; t++)
        {
            var policies = schedule.PoliciesAt(t);
            var ctx = new StepContext(scenario, 0, t, policies, history.ConditionsFor(t));
            var mail = history.MailFor(t);
            var total = new TickAggregate(2, 1, scenario.Weeks);
            List<WordOfMouth> outgoing = [];
            // Shards answer in reverse order, each with its own aggregate and outbox.
            for (var s = cuts.Length - 2; s >= 0; s--)
            {
                var (first, count) = (cuts[s], cuts[s + 1] - cuts[s]);
                var shard = new TickAggregate(2, 1, scenario.Weeks);
                var shardOut = new List<WordOfMouth>();
                CustomerBatch.Step(customers.AsSpan(first, count), ctx, new Inbox(first, count, mail), new AggregateRecorder(shard, shardOut));
                total.Add(shard);
                outgoing.AddRange(shardOut);
            }

            history.Record(t, total, policies, outgoing);
            Assert.True(total.SameAs(whole.Ticks[t]), $"week {t} differs");
        }
    }

    [Fact]
    public void A_cancelled_run_returns_the_weeks_that_finished_marked_incomplete()
    {
        var scenario = TestScenarios.Market(customers: 500, weeks: 30);
        using var cts = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Tick == 9)
            {
                cts.Cancel();
            }
        });

        var result = new ReferenceEngine().Run(scenario, progress, cts.Token);

        Assert.False(result.Completed);
        Assert.Equal(10, result.Replicates[0].Ticks.Count);
    }

    [Fact]
    public void Progress_counts_customer_weeks()
    {
        var scenario = TestScenarios.Market(customers: 300, weeks: 5).WithRun(replicates: 2);
        var reports = new List<TickProgress>();
        new ReferenceEngine().Run(scenario, new SynchronousProgress(reports.Add));

        Assert.Equal(10, reports.Count);
        Assert.Equal(3000, reports[^1].CustomerTicks);
        Assert.Equal((1, 4), (reports[^1].Replicate, reports[^1].Tick));
    }

    private sealed class SynchronousProgress(Action<TickProgress> report) : IProgress<TickProgress>
    {
        public void Report(TickProgress value) => report(value);
    }
}
