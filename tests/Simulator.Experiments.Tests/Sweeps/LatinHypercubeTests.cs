using Simulator.Experiments.Sweeps;
using Xunit;

namespace Simulator.Experiments.Tests.Sweeps;

public class LatinHypercubeTests
{
    private static readonly string[] Specs = ["policy.serviceEffort=0:1", "model.trustGain=0.05:0.3", "brands.Rival.policy.price=8:12:1", "policy.firstContactResolution=0.2:0.9"];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(50)]
    [InlineData(500)]
    public void Each_parameter_range_is_split_into_N_strata_with_exactly_one_point_in_each(int n)
    {
        var design = SweepDesign.Create(Specs, n, 42);

        Assert.Equal(DesignKind.LatinHypercube, design.Kind);
        Assert.Equal(n, design.Points.Count);
        for (var j = 0; j < design.Parameters.Count; j++)
        {
            var p = design.Parameters[j];
            var strata = design.Points
                .Select(point => point.Values[j])
                .Select(v =>
                {
                    Assert.InRange(v, p.From, p.To);
                    return LatinHypercube.StratumOf((v - p.From) / (p.To - p.From), n);
                })
                .Order()
                .ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void The_unit_sample_has_one_point_per_stratum_in_every_dimension()
    {
        var sample = LatinHypercube.Sample(20, 3, 7);

        for (var d = 0; d < 3; d++)
        {
            Assert.Equal(Enumerable.Range(0, 20), sample.Select(x => LatinHypercube.StratumOf(x[d], 20)).Order());
            Assert.All(sample, x => Assert.InRange(x[d], 0.0, 0.9999999999999999));
        }
    }

    [Fact]
    public void A_seed_always_gives_the_same_points()
    {
        var first = SweepDesign.Create(Specs, 30, 42).Points.Select(p => p.Key).ToArray();
        var second = SweepDesign.Create(Specs, 30, 42).Points.Select(p => p.Key).ToArray();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_seed_gives_other_points()
    {
        var first = SweepDesign.Create(Specs, 30, 42).Points.Select(p => p.Key).ToArray();
        var other = SweepDesign.Create(Specs, 30, 43).Points.Select(p => p.Key).ToArray();

        Assert.Empty(first.Intersect(other));
    }

    [Fact]
    public void The_dimensions_are_not_paired_in_the_same_order()
    {
        var sample = LatinHypercube.Sample(100, 2, 3);
        var strata = sample.Select(x => (LatinHypercube.StratumOf(x[0], 100), LatinHypercube.StratumOf(x[1], 100))).ToArray();

        Assert.True(strata.Count(s => s.Item1 == s.Item2) < 10);
    }

    [Fact]
    public void A_parameter_with_equal_ends_stays_at_that_value()
    {
        var design = SweepDesign.Create(["policy.serviceEffort=0.4:0.4", "model.trustGain=0:1"], 5, 1);

        Assert.All(design.Points, p => Assert.Equal(0.4, p.Values[0]));
        Assert.Equal("Latin hypercube, 5 points", design.Describe());
    }

    [Theory]
    [InlineData(new[] { "policy.serviceEffort=0.1,0.5,0.9" }, 10, "--vary 'policy.serviceEffort=0.1,0.5,0.9': --lhs samples ranges, not lists; give PATH=FROM:TO (a STEP is allowed and not used).")]
    [InlineData(new[] { "policy.serviceEffort=0:1" }, 0, "--lhs 0 is out of range; allowed: 1 to 10000.")]
    [InlineData(new[] { "policy.serviceEffort=0:1" }, 10001, "--lhs 10001 is out of range; allowed: 1 to 10000.")]
    public void A_bad_latin_hypercube_is_refused_with_what_is_wrong(string[] specs, int n, string message)
    {
        var e = Assert.Throws<SweepSpecException>(() => SweepDesign.Create(specs, n, 1));
        Assert.Equal(message, e.Message);
    }
}
