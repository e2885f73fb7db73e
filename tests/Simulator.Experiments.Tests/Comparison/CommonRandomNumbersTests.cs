using Simulator.Experiments.Comparison;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Experiments.Tests.Comparison;

/// <summary>
/// The statistical claim behind <c>cxsim compare</c>: running two scenarios with the same seed (replicate
/// k of each uses the same random numbers) makes the per-replicate difference far less variable than
/// pairing replicates that used different random numbers, so its interval is narrower.
/// </summary>
public class CommonRandomNumbersTests(ITestOutputHelper output)
{
    private const int Customers = 500;
    private const int Weeks = 40;
    private const int BurnIn = 10;
    private const int Replicates = 8;
    private const ulong Seed = 42;
    private const ulong OtherSeed = 4242;

    private static readonly Lazy<(ScenarioSample Baseline, ScenarioSample Same, ScenarioSample Other)> _runs = new(() =>
    {
        var figures = HeadlineFigures.All;
        ScenarioSample Run(string file, string label, ulong seed)
        {
            var scenario = ScenarioLoader.Load(Path.Combine(ShippedScenarios.Directory, file)).WithRun(Customers, Weeks, seed, Replicates, BurnIn);
            return ScenarioSample.Of(label, new ReferenceEngine().Run(scenario), figures);
        }

        return (Run("baseline.json", "baseline", Seed), Run("effortless-service.json", "effortless-service", Seed), Run("effortless-service.json", "effortless-other-seed", OtherSeed));
    });

    [Theory]
    [InlineData("customers_at_end")]
    [InlineData("acquisitions")]
    [InlineData("final_nps")]
    [Trait("Category", "Slow")]
    public void Common_random_numbers_shrink_the_variance_of_a_paired_difference(string figure)
    {
        var (baseline, same, other) = _runs.Value;

        var crn = ComparisonAnalysis.PairedDifference(baseline, same, figure);
        var independent = ComparisonAnalysis.PairedDifference(baseline, other, figure);
        var varianceCrn = crn.StandardDeviation * crn.StandardDeviation;
        var varianceIndependent = independent.StandardDeviation * independent.StandardDeviation;
        output.WriteLine(FormattableString.Invariant(
            $"{figure}: CRN difference {crn.Mean:0.###} [{crn.Lower:0.###}, {crn.Upper:0.###}], variance {varianceCrn:0.###}; independent {independent.Mean:0.###} [{independent.Lower:0.###}, {independent.Upper:0.###}], variance {varianceIndependent:0.###}; ratio {varianceIndependent / varianceCrn:0.#}"));

        Assert.Equal(Replicates, crn.Count);
        Assert.Equal(Replicates, independent.Count);
        Assert.True(varianceCrn < varianceIndependent, FormattableString.Invariant($"var CRN {varianceCrn} should be below var independent {varianceIndependent}"));
        Assert.True(crn.HalfWidth < independent.HalfWidth);
    }
}
