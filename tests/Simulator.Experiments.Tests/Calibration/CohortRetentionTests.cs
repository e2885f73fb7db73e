using Simulator.Experiments.Calibration;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Experiments.Tests.Calibration;

public class CohortRetentionTests
{
    [Theory]
    [InlineData(52, 52, 12, 676)]
    [InlineData(13, 13, 6, 91)]
    [InlineData(1, 4, 0, 1)]
    public void A_run_lasts_the_acquisition_window_plus_the_last_period_in_weeks(int cohortWeeks, int periodWeeks, int lastPeriod, int weeks)
    {
        Assert.Equal(weeks, CohortRetention.RequiredWeeks(cohortWeeks, periodWeeks, lastPeriod));
    }

    [Fact]
    public void Period_p_of_a_customer_acquired_in_week_w_is_read_at_the_end_of_week_w_plus_p_times_the_period()
    {
        // Two cohort weeks (0 and 1), periods of 3 weeks, 2 periods: 2 + 2 x 3 = 8 weeks.
        var ticks = Ticks(8);
        SetCohort(ticks, week: 0, acquired: 10, (3, 8), (6, 5));
        SetCohort(ticks, week: 1, acquired: 30, (4, 21), (7, 12));
        Decoy(ticks, week: 2, size: 1000); // acquired after the window: not in the cohort

        var counts = CohortRetention.Count(Replicate(0, ticks), brand: 0, cohortWeeks: 2, periodWeeks: 3, periods: [0, 1, 2]);

        Assert.Equal(40, counts.Acquired);
        Assert.Equal([40L, 29L, 17L], counts.Surviving);
        Assert.Equal(100.0 * 29 / 40, counts.Percent(1));
    }

    [Fact]
    public void Replicates_are_averaged_as_per_cents_and_empty_cohorts_are_left_out()
    {
        var a = Ticks(2);
        SetCohort(a, week: 0, acquired: 10, (1, 5));
        var b = Ticks(2);
        SetCohort(b, week: 0, acquired: 40, (1, 30));
        var empty = Ticks(2);
        var scenario = Simulator.Model.Scenarios.ScenarioLoader.Load(ShippedScenarios.PathOf("baseline"));
        var result = new SimulationResult(scenario, [Replicate(0, a), Replicate(1, b), Replicate(2, empty)], Completed: true);

        var curve = CohortRetention.Of(result, brand: 0, cohortWeeks: 1, periodWeeks: 1, periods: [0, 1]);

        Assert.Equal(100, curve.PercentAt(0));
        Assert.Equal((50.0 + 75.0) / 2, curve.PercentAt(1));
        Assert.Equal([10L, 40L, 0L], curve.CohortSizes);
    }

    [Fact]
    public void An_empty_cohort_has_no_retention()
    {
        var scenario = Simulator.Model.Scenarios.ScenarioLoader.Load(ShippedScenarios.PathOf("baseline"));
        var result = new SimulationResult(scenario, [Replicate(0, Ticks(3))], Completed: true);

        var curve = CohortRetention.Of(result, brand: 0, cohortWeeks: 1, periodWeeks: 2, periods: [1]);

        Assert.True(double.IsNaN(curve.PercentAt(1)));
    }

    [Fact]
    public void A_run_too_short_for_the_last_period_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CohortRetention.Count(Replicate(0, Ticks(7)), 0, cohortWeeks: 2, periodWeeks: 3, periods: [2]));

        Assert.Contains("the cohort needs 8", e.Message, StringComparison.Ordinal);
    }

    private static ReplicateResult Replicate(int index, List<TickAggregate> ticks) => new(index, new TickAggregate(1, 1, 16), ticks);

    // One brand, one segment: cohort slot s of week t is Cohorts[s].
    private static List<TickAggregate> Ticks(int weeks) => [.. Enumerable.Range(0, weeks).Select(_ => new TickAggregate(1, 1, 16))];

    private static void SetCohort(List<TickAggregate> ticks, int week, long acquired, params (int Week, long Left)[] later)
    {
        var slot = TickAggregate.CohortSlot(week);
        for (var t = week; t < ticks.Count; t++)
        {
            ticks[t].Cohorts[slot] = acquired;
        }

        foreach (var (at, left) in later)
        {
            for (var t = at; t < ticks.Count; t++)
            {
                ticks[t].Cohorts[slot] = left;
            }
        }
    }

    private static void Decoy(List<TickAggregate> ticks, int week, long size)
    {
        for (var t = week; t < ticks.Count; t++)
        {
            ticks[t].Cohorts[TickAggregate.CohortSlot(week)] = size;
            ticks[t].Cohorts[0] = size; // customers from before week 0 are not in it either
        }
    }
}
