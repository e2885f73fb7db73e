using Simulator.Model.Brands;
using Simulator.Model.Parameters;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Tests.Support;

/// <summary>Scenarios built in code, so model tests do not depend on the loader or the shipped files.</summary>
public static class TestScenarios
{
    public static Scenario Market(
        int customers = 2000,
        int weeks = 52,
        ulong seed = 7,
        Func<BrandPolicy, BrandPolicy>? focal = null,
        Func<ModelParameters, ModelParameters>? model = null,
        NetworkSpec? network = null,
        IReadOnlyList<PolicyChange>? schedule = null,
        double focalShare = 0.25,
        double rivalShare = 0.25,
        double? needRecognitionPerWeek = null,
        double rivalAwareness = 0.5,
        int burnInWeeks = 0) => new()
    {
        Name = "test",
        Description = "A two-brand market built in code.",
        Weeks = weeks,
        BurnInWeeks = burnInWeeks,
        Customers = customers,
        Seed = seed,
        Replicates = 1,
        Brands =
        [
            new BrandSpec("Focal", focalShare, 0.5, (focal ?? (p => p))(BrandPolicy.Default)),
            new BrandSpec("Rival", rivalShare, rivalAwareness, BrandPolicy.Default),
        ],
        Segments =
        [
            new SegmentSpec("everyone", 1, SegmentSpec.DefaultTraits, false, SegmentValues(needRecognitionPerWeek)),
        ],
        Network = network ?? NetworkSpec.Default,
        Market = MarketParameters.Default,
        Model = (model ?? (m => m))(ModelParameters.Default),
        Schedule = schedule ?? [],
    };

    private static double[] SegmentValues(double? needRecognitionPerWeek)
    {
        var values = ParameterSet<SegmentParameter>.Defaults(SegmentSpec.Specs);
        if (needRecognitionPerWeek is { } rate)
        {
            values[(int)SegmentParameter.NeedRecognitionPerWeek] = rate;
        }

        return values;
    }
}
