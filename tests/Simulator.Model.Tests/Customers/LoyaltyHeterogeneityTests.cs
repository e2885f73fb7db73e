using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Randomness;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Customers;

public class LoyaltyHeterogeneityTests
{
    private const int People = 20_000;

    private static Scenario WithHeterogeneity(double heterogeneity, double meanNeedWeeks = 520) =>
        ScenarioParameters.With(
            ScenarioParameters.With(TestScenarios.Market(customers: People), "segments.*.loyaltyHeterogeneity", heterogeneity),
            "segments.*.meanNeedWeeks", meanNeedWeeks);

    private static float[] Fickleness(Scenario scenario) =>
        Enumerable.Range(0, People).Select(id => Population.Create(scenario, 0, id).Traits.Fickleness).ToArray();

    [Fact]
    public void Without_heterogeneity_every_customer_has_the_same_fickleness_of_one()
    {
        Assert.All(Fickleness(WithHeterogeneity(0)), f => Assert.Equal(1f, f));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Fickleness_has_mean_one_and_the_variance_asked_for(double heterogeneity)
    {
        var values = Fickleness(WithHeterogeneity(heterogeneity)).Select(f => (double)f).ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        Assert.Equal(1, mean, 0.04);
        Assert.Equal(heterogeneity, variance, 0.12 * heterogeneity);
        Assert.All(values, v => Assert.InRange(v, Population.MinFickleness, Population.MaxFickleness));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void Need_durations_follow_the_gamma_mixture_of_geometric_durations(double heterogeneity)
    {
        // A need of mean M / m lasts longer than t weeks with probability (1 - m / M)^t (1 week when m >= M), so over the
        // segment the survival is the integral of that against the gamma density of m (mean 1, variance h).
        const double M = 100;
        var scenario = WithHeterogeneity(heterogeneity, M);
        var segment = scenario.Segments[0];
        var durations = new int[People];
        for (var id = 0; id < People; id++)
        {
            var c = Population.Create(scenario, 0, id);
            Needs.Start(ref c, segment, CounterRandom.For(scenario.Seed, 0, id), tick: 3);
            durations[id] = c.NeedWeeksLeft;
        }

        var shape = 1 / heterogeneity;
        var density = new Gamma(shape, shape);
        foreach (var t in new[] { 10, 50, 100, 300 })
        {
            var exact = Integrate.OnClosedInterval(m => density.Density(m) * Math.Pow(1 - m / M, t), 1e-12, M, 1e-10);
            var observed = durations.Count(d => d > t) / (double)People;
            Assert.True(Math.Abs(observed - exact) < 5 * Math.Sqrt(exact * (1 - exact) / People) + 0.002,
                $"t = {t}: {observed:F4} observed, {exact:F4} from the mixture, {Math.Pow(1 - 1 / M, t):F4} without heterogeneity");
        }
    }

    [Fact]
    public void The_fickle_leave_first_so_long_standing_customers_are_the_steady_ones()
    {
        var scenario = WithHeterogeneity(1.0) with { Customers = 5_000, Weeks = 208 };
        var stepper = ReplicateStepper.Start(scenario, 0);
        stepper.RunToEnd();
        double MeanFickleness(Func<CustomerState, bool> who)
        {
            var group = stepper.Customers.ToArray().Where(who).ToArray();
            Assert.True(group.Length > 100, $"only {group.Length} customers in the group");
            return group.Average(c => c.Traits.Fickleness);
        }

        var recent = MeanFickleness(c => c.IsCustomer && scenario.Weeks - c.AcquiredWeek <= 52);
        var longStanding = MeanFickleness(c => c.IsCustomer && scenario.Weeks - c.AcquiredWeek > 156);
        var everyone = MeanFickleness(_ => true);
        Assert.Equal(1, everyone, 0.05);
        Assert.True(longStanding < 0.75 * recent, $"mean fickleness {longStanding:F3} after three years against {recent:F3} in the first year");
    }
}
