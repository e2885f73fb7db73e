using Simulator.Model.Metrics;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Calibration;

/// <summary>
/// The articles' claims as directional results of the shipped scenarios (10,000 customers, 104
/// weeks, reference engine, seed 42): retention is the share of the focal brand's customers at week
/// 0 still with it after 104 weeks; NPS is pooled over the last four weeks.
/// </summary>
public class ArticleClaimsTests
{
    private static readonly Dictionary<string, Lazy<(Headlines Headlines, IReadOnlyList<MetricsRow> Rows)>> Results =
        new[] { "baseline", "effortless-service", "closed-loop-feedback", "ignored-feedback", "acquisition-focus", "lock-in-and-pressure" }
            .ToDictionary(name => name, name => new Lazy<(Headlines, IReadOnlyList<MetricsRow>)>(() =>
            {
                var result = Runs.Reference(ShippedScenarios.Load(name));
                return (Runs.FocalHeadlines(result), Runs.FocalRows(result));
            }));

    private static Headlines H(string name) => Results[name].Value.Headlines;

    private static IReadOnlyList<MetricsRow> Rows(string name) => Results[name].Value.Rows;

    [Theory]
    [InlineData("effortless-service")]
    [InlineData("closed-loop-feedback")]
    [Trait("Category", "Slow")]
    public void Good_experience_policies_beat_baseline_on_retention_and_nps(string scenario)
    {
        Assert.True(H(scenario).RetentionAt104 > H("baseline").RetentionAt104, $"retention {H(scenario).RetentionAt104:F3} vs {H("baseline").RetentionAt104:F3}");
        Assert.True(H(scenario).FinalNps > H("baseline").FinalNps, $"NPS {H(scenario).FinalNps:F1} vs {H("baseline").FinalNps:F1}");
    }

    [Theory]
    [InlineData("ignored-feedback")]
    [InlineData("acquisition-focus")]
    [Trait("Category", "Slow")]
    public void Neglectful_policies_lose_to_baseline_on_retention_and_nps(string scenario)
    {
        Assert.True(H(scenario).RetentionAt104 < H("baseline").RetentionAt104, $"retention {H(scenario).RetentionAt104:F3} vs {H("baseline").RetentionAt104:F3}");
        Assert.True(H(scenario).FinalNps < H("baseline").FinalNps, $"NPS {H(scenario).FinalNps:F1} vs {H("baseline").FinalNps:F1}");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Acquisition_focus_still_wins_more_customers_early()
    {
        Assert.True(Rows("acquisition-focus").Take(26).Sum(r => r.Acquisitions) > Rows("baseline").Take(26).Sum(r => r.Acquisitions));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Lock_in_lowers_churn_yet_lowers_nps()
    {
        Assert.True(Runs.Exits(Rows("lock-in-and-pressure")) < Runs.Exits(Rows("baseline")));
        Assert.True(H("lock-in-and-pressure").RetentionAt104 > H("baseline").RetentionAt104);
        Assert.True(H("lock-in-and-pressure").FinalNps < H("baseline").FinalNps);
    }
}
