using Simulator.Model.Customers;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Model.Tests.Customers;

public class NpsSurveyTests(ITestOutputHelper output)
{
    private static Scenario Surveyed(double angerResponse, double joyResponse) =>
        TestScenarios.Market(customers: 4000, weeks: 104, burnInWeeks: 52, model: m => m
            .With(ModelParameter.SurveyInvitationRate, 0.25)
            .With(ModelParameter.SurveyResponse, 0.2)
            .With(ModelParameter.SurveyAngerResponse, angerResponse)
            .With(ModelParameter.SurveyJoyResponse, joyResponse));

    [Fact]
    public void Angry_and_delighted_customers_answer_more_often()
    {
        var scenario = TestScenarios.Market();
        var ctx = Support.Customers.Context(scenario);
        var calm = Support.Customers.ActiveCustomer();
        var angry = calm with { Anger = 0.5f };
        var delighted = calm with { Joy = 0.5f };
        var m = scenario.Model;
        Assert.Equal(m.SurveyResponse, NpsSurvey.ResponseProbability(calm, ctx), 6);
        Assert.Equal(m.SurveyResponse + 0.5 * m.SurveyAngerResponse, NpsSurvey.ResponseProbability(angry, ctx), 6);
        Assert.Equal(m.SurveyResponse + 0.5 * m.SurveyJoyResponse, NpsSurvey.ResponseProbability(delighted, ctx), 6);
    }

    [Fact]
    public void Without_response_bias_the_survey_is_an_unbiased_sample_of_the_true_score()
    {
        var result = Runs.Reference(Surveyed(0, 0));
        var ticks = result.Replicates[0].Ticks;
        var survey = SurveyEstimate.Of(ticks, 0);
        var scored = ticks.Sum(t => t.Total(0, Measure.Onboarding) + t.Total(0, Measure.Active));
        var trueNps = 100.0 * ticks.Sum(t => t.Total(0, Measure.Promoters) - t.Total(0, Measure.Detractors)) / scored;
        output.WriteLine($"surveyed {survey.Nps:F1} [{survey.Low:F1}, {survey.High:F1}] from {survey.Responses} answers; true {trueNps:F1}");
        Assert.True(survey.Responses > 2000, $"{survey.Responses} answers");
        // Answers are pooled over weeks, so one customer can answer twice; the interval is still close to right.
        Assert.InRange(trueNps, survey.Nps - 1.5 * SurveyEstimate.Z95 * survey.StandardError, survey.Nps + 1.5 * SurveyEstimate.Z95 * survey.StandardError);
    }

    [Fact]
    public void When_the_angry_answer_more_often_the_survey_reports_a_lower_nps_than_the_truth()
    {
        var unbiased = SurveyEstimate.Of(Runs.Reference(Surveyed(0, 0)).Replicates[0].Ticks, 0);
        var biased = SurveyEstimate.Of(Runs.Reference(Surveyed(1, 0)).Replicates[0].Ticks, 0);
        output.WriteLine($"unbiased survey {unbiased.Nps:F1} ± {SurveyEstimate.Z95 * unbiased.StandardError:F1}; anger-biased {biased.Nps:F1} ± {SurveyEstimate.Z95 * biased.StandardError:F1}");
        Assert.True(biased.High < unbiased.Low, $"anger-biased survey {biased.Nps:F1} against {unbiased.Nps:F1}");
    }

    [Fact]
    public void Surveying_changes_nothing_but_the_survey_counters()
    {
        var quiet = Runs.Reference(TestScenarios.Market(customers: 1500, weeks: 30, model: m => m.With(ModelParameter.SurveyInvitationRate, 0)));
        var surveyed = Runs.Reference(TestScenarios.Market(customers: 1500, weeks: 30, model: m => m.With(ModelParameter.SurveyInvitationRate, 0.5)));
        var survey = new[] { Counter.SurveyResponses, Counter.SurveyPromoters, Counter.SurveyDetractors };
        for (var t = 0; t < 30; t++)
        {
            foreach (var measure in Enum.GetValues<Measure>())
            {
                Assert.Equal(quiet.Replicates[0].Ticks[t].Total(0, measure), surveyed.Replicates[0].Ticks[t].Total(0, measure));
            }

            foreach (var counter in Enum.GetValues<Counter>().Except(survey))
            {
                Assert.Equal(quiet.Replicates[0].Ticks[t].Total(0, counter), surveyed.Replicates[0].Ticks[t].Total(0, counter));
            }
        }

        Assert.Equal(0, quiet.Replicates[0].Ticks.Sum(t => t.Total(0, Counter.SurveyResponses)));
        Assert.True(surveyed.Replicates[0].Ticks.Sum(t => t.Total(0, Counter.SurveyResponses)) > 0);
    }
}
