using Simulator.Model.Brands;
using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Model.Tests.Calibration;

/// <summary>
/// With only advertising (p) and imitation (q) at work and no churn, adoption must follow the
/// discrete Bass (1969) recursion F(k+1) = F(k) + (1 - F(k)) (p + q F(k)) for a weekly tick.
/// </summary>
public class BassDiffusionTests(ITestOutputHelper output)
{
    private static readonly Lazy<(double[] Simulated, double[] Recursion, IReadOnlyList<MetricsRow> Rows)> Run = new(() =>
    {
        var scenario = ShippedScenarios.Load("bass-diffusion");
        var result = Runs.Reference(scenario);
        var rows = Runs.FocalRows(result);
        var n = (double)scenario.Customers;
        var p = RelationshipBudget.AdvertisingReach(scenario.Brands[0].Policy, scenario.Market);
        var q = scenario.Market.ImitationPerWeek;
        var simulated = rows.Select(r => r.Customers / n).ToArray();
        var recursion = new double[simulated.Length];
        var f = 0.0;
        for (var k = 0; k < recursion.Length; k++)
        {
            f += (1 - f) * (p + q * f);
            recursion[k] = f;
        }

        return (simulated, recursion, rows);
    });

    [Fact]
    public void Adoption_follows_the_discrete_Bass_recursion()
    {
        var (simulated, recursion, _) = Run.Value;
        var gaps = simulated.Zip(recursion, (s, r) => Math.Abs(s - r)).ToArray();
        var worst = gaps.Max();
        output.WriteLine($"largest gap {worst:F4} (week {Array.IndexOf(gaps, worst)}); adopters at the end {simulated[^1]:P1}, recursion {recursion[^1]:P1}");
        Assert.True(worst < 0.02, $"largest gap between simulation and recursion: {worst:F4}");
        Assert.True(recursion[^1] > 0.9, "the run must cover the whole S-curve");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Half_the_market_has_adopted_when_the_recursion_says_so()
    {
        // The inflection of the S-curve: with p much smaller than q, F crosses 1/2 near the peak of adoption.
        var (simulated, recursion, _) = Run.Value;
        int Crossing(double[] f) => Array.FindIndex(f, x => x >= 0.5);
        output.WriteLine($"half adopted at week {Crossing(simulated)}, recursion {Crossing(recursion)}");
        Assert.InRange(Crossing(simulated), Crossing(recursion) - 15, Crossing(recursion) + 15);
    }

    [Fact]
    public void Nobody_leaves_in_pure_diffusion()
    {
        var (_, _, rows) = Run.Value;
        Assert.Equal(0, rows.Sum(r => r.ChurnDissatisfied + r.ChurnSwitched + r.ChurnNeedEnded));
        Assert.Equal(rows.Sum(r => r.Acquisitions), rows[^1].Customers);
    }
}
