using Simulator.Model.Metrics;
using Simulator.Model.Randomness;
using Xunit;

namespace Simulator.Model.Tests.Metrics;

public class SurveyEstimateTests
{
    [Fact]
    public void The_nps_and_its_standard_error_are_those_of_a_multinomial_sample()
    {
        // 50 promoters, 30 passives, 20 detractors: NPS 30; variance 100^2 (0.5 + 0.2 - 0.3^2) / 100 = 61, se 7.81.
        var survey = new SurveyEstimate(100, 50, 20);
        Assert.Equal(30, survey.Nps, 12);
        Assert.Equal(Math.Sqrt(61), survey.StandardError, 12);
        Assert.Equal(30 - 1.959963984540054 * Math.Sqrt(61), survey.Low, 12);
        Assert.Equal(100, new SurveyEstimate(10, 10, 0).High);
        Assert.Equal(0, new SurveyEstimate(10, 10, 0).StandardError);
        Assert.True(double.IsNaN(new SurveyEstimate(0, 0, 0).Nps));
        Assert.True(double.IsNaN(new SurveyEstimate(0, 0, 0).StandardError));
    }

    [Fact]
    public void The_95_percent_interval_covers_the_true_nps_in_about_95_percent_of_samples()
    {
        const double promoters = 0.35, detractors = 0.25;
        const int samples = 4000, answers = 200;
        var covered = 0;
        var estimates = new double[samples];
        for (var s = 0; s < samples; s++)
        {
            var random = CounterRandom.For(11, s, 0);
            long p = 0, d = 0;
            for (var i = 0; i < answers; i++)
            {
                var u = random.Uniform(0, DrawPurpose.Survey, i);
                p += u < promoters ? 1 : 0;
                d += u >= 1 - detractors ? 1 : 0;
            }

            var survey = new SurveyEstimate(answers, p, d);
            estimates[s] = survey.Nps;
            covered += survey.Low <= 10 && 10 <= survey.High ? 1 : 0;
        }

        // Binomial 4,000 at 0.95: sd 0.34 points, so 93.5-96.5% is more than 4 sd either way.
        Assert.InRange(covered / (double)samples, 0.935, 0.965);
        var mean = estimates.Average();
        var sd = Math.Sqrt(estimates.Sum(e => (e - mean) * (e - mean)) / (samples - 1));
        Assert.Equal(10, mean, 0.5);
        Assert.Equal(100 * Math.Sqrt((promoters + detractors - 0.01) / answers), sd, 0.3);
    }
}
