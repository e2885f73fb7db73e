using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Brands;

public class CohortValueTests
{
    [Fact]
    public void The_closed_form_is_m_r_over_one_plus_i_minus_r()
    {
        Assert.Equal(10 * 0.9 / (1 + 0.01 - 0.9), CohortValue.ClosedForm(10, 0.9, 0.01), 12);
        Assert.Equal(1 / Math.Pow(1.12, 1.0 / 52), CohortValue.WeeklyDiscount(0.12), 15);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void With_a_constant_leaving_probability_a_cohorts_simulated_value_is_the_closed_form()
    {
        // No reviews and no word of mouth: customers leave only when their need ends, 1 in 50 a week (r = 0.98).
        var scenario = ShippedScenarios.Load("baseline").WithRun(customers: 20_000, weeks: 400, burnInWeeks: 0, replicates: 4);
        foreach (var (path, value) in new[] { ("model.reviewRate", 0.0), ("model.angerReview", 0), ("model.problemReview", 0), ("model.fruitlessContactReview", 0), ("model.recommendRate", 0), ("model.warnRate", 0), ("segments.*.meanNeedWeeks", 50), ("segments.*.loyaltyHeterogeneity", 0), ("policy.defectGenerosity", 0), ("policy.feedbackSolicitation", 0) })
        {
            scenario = ScenarioParameters.With(scenario, path, value);
        }

        const double r = 1 - 1.0 / 50;
        var d = CohortValue.WeeklyDiscount(0.12);
        var i = 1 / d - 1;
        double simulated = 0, expected = 0;
        foreach (var replicate in Runs.Reference(scenario).Replicates)
        {
            var ticks = replicate.Ticks;
            var m = CohortValue.Margins(replicate, 0).Where(double.IsFinite).Average();
            for (var week = 0; week < 150; week++)
            {
                var acquired = ticks[week].TotalCohort(0, TickAggregate.CohortSlot(week));
                if (acquired == 0)
                {
                    continue;
                }

                var won = ticks[week].Total(0, Counter.Acquisitions) / (double)FixedPoint.Scale;
                var cac = FixedPoint.ToDouble(ticks[week].Total(0, Counter.AcquisitionCost)) / won;
                simulated += acquired * (CohortValue.Clv(replicate, 0, week, 0.12) + cac);
                // The week it was won, then m r / (1 + i - r) from the next week on, cut at the end of the run.
                var horizon = ticks.Count - week;
                expected += acquired * m * (1 - Math.Pow(r * d, horizon)) / (1 - r * d);
            }

            Assert.Equal(m + CohortValue.ClosedForm(m, r, i), m / (1 - r * d), 9);
        }

        Assert.InRange(simulated / expected, 0.99, 1.01);
    }
}
