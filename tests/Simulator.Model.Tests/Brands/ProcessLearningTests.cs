using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Brands;

/// <summary>Brands that learn: the outer loop of Reichheld &amp; Markey (2011), a stock of process knowledge carried across weeks.</summary>
public class ProcessLearningTests
{
    private static readonly ModelParameters Model = ModelParameters.Default;

    [Fact]
    public void Without_fixes_knowledge_is_forgotten_at_the_decay_rate()
    {
        Assert.Equal(0.6 * (1 - Model.KnowledgeDecay), ProcessLearning.Next(0.6, 0, Model), 12);
        Assert.Equal(0, ProcessLearning.Next(0, 0, Model));
    }

    [Fact]
    public void Fixes_win_a_share_of_what_is_left_to_learn()
    {
        var model = Model.With(ModelParameter.KnowledgeDecay, 0);
        var gain = 1 - Math.Exp(-model.LearningRate * 20);
        Assert.Equal(gain, ProcessLearning.Next(0, 20, model), 12);
        Assert.Equal(0.5 + 0.5 * gain, ProcessLearning.Next(0.5, 20, model), 12);
        Assert.True(ProcessLearning.Next(0.999999, 1e6, model) <= 1);
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(33.0)]
    [InlineData(200.0)]
    public void Constant_fixes_converge_to_the_analytic_steady_state(double fixesPerThousand)
    {
        var k = 0.0;
        for (var week = 0; week < 20_000; week++)
        {
            k = ProcessLearning.Next(k, fixesPerThousand, Model);
        }

        var steady = ProcessLearning.SteadyState(fixesPerThousand, Model);
        Assert.Equal(steady, k, 9);
        Assert.Equal(steady, ProcessLearning.Next(steady, fixesPerThousand, Model), 12);

        // x = 33 is the outer-loop story's rate: about 0.7 in the long run, half of it within a year.
        if (fixesPerThousand == 33.0)
        {
            Assert.InRange(steady, 0.65, 0.75);
        }
    }

    [Fact]
    public void Fixes_per_thousand_are_feedback_acted_on_times_the_lever_over_customers()
    {
        var week = new TickAggregate(1, 1, 4);
        week.Cells[(int)Measure.Active] = 2000;
        week.Add(0, 0, Counter.FeedbackActed, 50);
        var policy = BrandPolicy.Default.With(Lever.ProcessLearning, 0.4);
        Assert.Equal(1000 * 50 * 0.4 / 2000, ProcessLearning.FixesPerThousand(week, 0, policy), 12);
        Assert.Equal(0, ProcessLearning.FixesPerThousand(week, 0, BrandPolicy.Default));
        Assert.Equal(0, ProcessLearning.FixesPerThousand(new TickAggregate(1, 1, 4), 0, policy));
    }

    [Fact]
    public void Knowledge_lowers_incidents_and_effort_and_nothing_changes_without_it()
    {
        var policy = BrandPolicy.Default;
        Assert.Equal(policy.IncidentRate, ProcessLearning.IncidentRate(policy, 0, Model));
        Assert.Equal(policy.ServiceEffort, ProcessLearning.ServiceEffort(policy, 0, Model));
        Assert.Equal(policy.IncidentRate * (1 - Model.LearnedIncidentReduction * 0.5), ProcessLearning.IncidentRate(policy, 0.5, Model), 12);
        Assert.Equal(policy.ServiceEffort * (1 - Model.LearnedEffortReduction * 0.5), ProcessLearning.ServiceEffort(policy, 0.5, Model), 12);

        var scenario = TestScenarios.Market(customers: 10);
        var policies = scenario.CreateSchedule().PoliciesAt(0);
        var ctx = new StepContext(scenario, 0, 0, policies, [new BrandConditions(0, 0.2, 0.5), new BrandConditions(0, 0.2, 0)]);
        Assert.Equal(ProcessLearning.ServiceEffort(policies[0], 0.5, Model), ctx.ServiceEffort(0, new OutcomeRecorder()));
        Assert.Equal(policies[1].ServiceEffort, ctx.ServiceEffort(1, new OutcomeRecorder()));
        Assert.Equal(Model.EffortEase * (0.5 - ctx.ServiceEffort(0, new OutcomeRecorder())), Journey.EffortEase(ctx, 0, new OutcomeRecorder()));
    }

    [Fact]
    public void Every_week_settles_the_knowledge_from_the_week_before_and_customers_meet_it_one_lag_later()
    {
        var scenario = Learner(customers: 2000, weeks: 40, burnInWeeks: 3);
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.RunToEnd();
        var weeks = stepper.Weeks;
        var policy = scenario.CreateSchedule().PoliciesAt(0)[0];
        for (var t = 1; t < weeks.Count; t++)
        {
            var expected = ProcessLearning.Next(weeks[t - 1].GetGauge(0, BrandGauge.ProcessKnowledge), ProcessLearning.FixesPerThousand(weeks[t], 0, policy), scenario.Model);
            Assert.Equal(FixedPoint.ToDouble(FixedPoint.From(expected)), weeks[t].GetGauge(0, BrandGauge.ProcessKnowledge));
            Assert.Equal(0, weeks[t].GetGauge(1, BrandGauge.ProcessKnowledge));
        }

        // What customers meet in the next week is the knowledge of the last week run.
        var history = stepper.TakeSnapshot().History;
        Assert.Equal(weeks[^1].GetGauge(0, BrandGauge.ProcessKnowledge), history.ConditionsFor(scenario.Weeks)[0].ProcessKnowledge);
        Assert.True(weeks[^1].GetGauge(0, BrandGauge.ProcessKnowledge) > 0.2);
    }

    [Fact]
    public void A_brand_that_fixes_root_causes_has_fewer_incidents_and_pays_for_every_fix()
    {
        static (double IncidentsPerThousand, double LeverCost) Run(double learning)
        {
            var rows = Runs.FocalRows(Runs.Reference(Learner(customers: 4000, weeks: 104, burnInWeeks: 0, learning)));
            var late = rows.Skip(52).ToList();
            return (1000.0 * late.Sum(r => r.Incidents) / late.Sum(r => r.Customers), rows.Sum(r => r.LeverCost));
        }

        var answering = Run(0);
        var learning = Run(1);

        // Knowledge near 0.6 by the second year removes about a third of incidents (learnedIncidentReduction 0.5).
        Assert.True(learning.IncidentsPerThousand < 0.8 * answering.IncidentsPerThousand, $"{learning.IncidentsPerThousand} against {answering.IncidentsPerThousand}");
        Assert.True(learning.LeverCost > answering.LeverCost);
    }

    // A focal brand that asks often, acts on 90% and traces the share learning of it to root causes.
    private static Scenario Learner(int customers, int weeks, int burnInWeeks, double learning = 1) => TestScenarios.Market(
        customers: customers,
        weeks: weeks,
        burnInWeeks: burnInWeeks,
        focal: p => p.With(Lever.FeedbackSolicitation, 0.1).With(Lever.FeedbackResponse, 0.9).With(Lever.ProcessLearning, learning));
}
